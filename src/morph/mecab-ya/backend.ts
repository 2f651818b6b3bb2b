import { SinmunError } from '../../errors.js';
import type { UserDictionaryOptions } from '../../types.js';
import type { Morphology } from '../index.js';

export interface MecabYaOptions {
  dictionaryPath?: string;
  spacePenalty: boolean;
  userDictionary?: UserDictionaryOptions;
}

// In progress: replaced by the worker-thread backend in the next commit.
export function createMecabYaMorphology(_opts: MecabYaOptions): Promise<Morphology> {
  return Promise.reject(new SinmunError('MECAB_FAILED', 'the mecab-ya backend is not built yet'));
}
