import { SinmunError } from '../errors.js';

/** What an interrupted run left in its output file, once the file is ready to be appended to. */
export interface ResumeState {
  /** Ids of the articles already in the output. */
  ids: Set<string>;
  /** Bytes cut from the end (0 when none). */
  truncatedBytes: number;
  /** What those bytes were, for the message. */
  cut: string;
  /** Whether the file keeps earlier output (so no CSV header or BOM is written again). */
  appending: boolean;
}

/** The error for an output file that is not what the run would have written: it stays as it is. */
export function notResumable(file: string, why: string): SinmunError {
  return new SinmunError(
    'INVALID_INPUT',
    `cannot resume ${file}: ${why}. Is it the output of another format or table? ` +
      'It was left as it is.',
  );
}
