/**
 * What may follow a model's version inside its name, in Korean and English text alike: a tier
 * (`Gemini 1.5 Pro`, `Claude 3.5 Sonnet`, `GPT-4o mini`, `제미나이 1.5 프로`, `클로드 3.5 소네트`)
 * and a parameter count (`Llama 3.1 405B`, `라마 3.1 70B`). The examples that exercise every row
 * are in tests/entities/model-tail.test.ts.
 */

/** Tier words model makers put after a version (Google, Anthropic, OpenAI, Meta). */
const LATIN_TIERS = [
  'Pro',
  'Flash',
  'Ultra',
  'Nano',
  'Mini',
  'mini',
  'Turbo',
  'Sonnet',
  'Opus',
  'Haiku',
];
/** The same tiers as the Korean press writes them. */
const HANGUL_TIERS = [
  '프로',
  '플래시',
  '울트라',
  '나노',
  '미니',
  '터보',
  '소네트',
  '오퍼스',
  '하이쿠',
];
/**
 * Particles a Hangul tier may carry (`프로를`): any other syllable after it makes it the start of
 * another word (`프로그램`, `나노미터`), not a tier.
 */
const PARTICLES = [
  '을',
  '를',
  '은',
  '는',
  '이',
  '가',
  '와',
  '과',
  '의',
  '에',
  '로',
  '으로',
  '도',
  '만',
];

const tier =
  `(?:${LATIN_TIERS.join('|')})(?![A-Za-z0-9])` +
  `|(?:${HANGUL_TIERS.join('|')})(?=$|[^가-힣]|(?:${PARTICLES.join('|')})(?:$|[^가-힣]))`;

/**
 * The tier and the size after a version, each optional (an empty match means neither). The tier
 * may be written fused to the version (`2.0프로`); the size follows a space or a hyphen.
 */
export const MODEL_TAIL = new RegExp(
  `^(?: ?(?:${tier}))?(?:[ -]\\d{1,4}(?:\\.\\d)?[BbMm](?![A-Za-z0-9]))?`,
);

/** Length of the tier and size written at the start of `rest`, 0 when there are none. */
export function modelTailLength(rest: string): number {
  return MODEL_TAIL.exec(rest)?.[0].length ?? 0;
}
