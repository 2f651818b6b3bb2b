/**
 * What a Latin-script word looks like on its own: a lab or company name (`OpenAI`, `01.AI`,
 * `iFLYTEK`), a model with a version or size (`Yi-34B`, `GPT-4o`, `Qwen2.5-Max`), or nothing
 * worth naming (`AI`, `CEO`, `Copyright`). Used in Korean and English text alike.
 */
import type { EntityType } from '../../types.js';
import { isDigit, isLatin, isUpper } from './script.js';

/** Acronyms and words that look like names in Korean text but are not. */
export const LATIN_NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'AI GenAI AGI LLM LLMs sLLM GPU GPUs CPU NPU TPU HBM DRAM NAND IT ICT CEO CTO CFO COO CPO IPO ' +
    'M&A R&D TV PC OS SW HW UI UX API SDK AR VR XR MR IoT 5G 6G LTE B2B B2C D2C ESG GDP GNP CPI PPI ' +
    'EV EVs SUV OTT SNS PR ID DX AX CES MWC KOSPI KOSDAQ USD KRW CNY EUR JPY VC PE PEF ETF ETFs IP ' +
    'AIoT SaaS PaaS IaaS MLOps DevOps FinTech fintech eSIM eSports AIDC DB SoC AP PhD MBA FDA WHO ' +
    'Copyright Inc Corp Ltd Co Mr Ms Dr COVID COVID-19 ChatBot chatbot list vs etc am pm OK'
  ).split(' '),
);

/** A parameter count (`34B`, `7b`, `1.5B`): a language model's size. */
const SIZE = /(?:^|[-_ ])\d+(?:\.\d+)?[BbMm]$/;
/** A name and a version (`GPT-4o`, `Qwen2.5-Max`, `Llama-3.1`, `o1`). */
const VERSION = /^[A-Za-z][A-Za-z]*[-]?\d+(?:\.\d+)*[A-Za-z]{0,4}(?:-[A-Za-z][A-Za-z0-9]*)*$/;
/** `01.AI`, `OpenAI`, `xAI`, `Stability AI`: AI labs name themselves after it. */
const AI_LAB = /(?:^|[a-z0-9.])AI$/;

export interface LatinGuess {
  type: EntityType | null;
  /** Strong enough to stand without a gazetteer entry or a context cue. */
  sure: boolean;
}

function mixedCase(s: string): boolean {
  // an upper-case letter after a lower-case one, or a lower-case first letter before an upper
  // (`DeepMind`, `iFLYTEK`, `36Kr`, `YouTube`)
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    if (isUpper(b) && isLatin(a) && !isUpper(a)) return true;
  }
  return false;
}

/** Guesses the kind of a Latin-script name written as one word (joiners `.`, `-`, `&` inside). */
export function guessLatin(word: string): LatinGuess {
  if (word.length < 2 || LATIN_NOT_NAMES.has(word)) return { type: null, sure: false };
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isLatin(c)) letters++;
    else if (isDigit(c)) digits++;
  }
  if (letters === 0) return { type: null, sure: false };
  if (SIZE.test(word) && letters >= 2) return { type: 'model', sure: true };
  if (AI_LAB.test(word) && word.length > 2) return { type: 'company', sure: true };
  if (digits > 0 && VERSION.test(word) && /[a-z]/.test(word) && word.includes('-')) {
    return { type: 'model', sure: true };
  }
  if (mixedCase(word)) return { type: 'organization', sure: true };
  // `36Kr`: digits then a capitalised word (`15m`, `700kg`, `3D` are units and terms)
  if (digits > 0 && /^\d+[A-Z][a-z]/.test(word)) {
    return { type: 'organization', sure: true };
  }
  return { type: null, sure: false };
}
