/** Shapes of the hand-written money corpora: `input → expected records`. */
export interface ExpectedBase {
  text: string;
  amount: number | null;
  currency: string | null;
  approximate?: boolean;
  min?: number | null;
  max?: number | null;
  qualifiers?: string[];
  per?: string | null;
}

export interface Expected extends ExpectedBase {
  equivalents?: ExpectedBase[];
}

export interface Case {
  /** What the case is about, for the test name. */
  about: string;
  input: string;
  lang?: string;
  expect: Expected[];
}

/** An expected figure: text, amount, currency, and whatever else differs from the defaults. */
export function m(
  text: string,
  amount: number | null,
  currency: string | null,
  extra: Partial<Expected> = {},
): Expected {
  return { text, amount, currency, ...extra };
}

/** The full record an expectation stands for (defaults filled in), without offsets. */
export function full(e: Expected): Record<string, unknown> {
  return {
    ...fullBase(e),
    equivalents: (e.equivalents ?? []).map(fullBase),
    // extractMoney alone has no entities or dates to attribute against.
    subject: null,
    measure: null,
    period: null,
    change: null,
  };
}

function fullBase(e: ExpectedBase): Record<string, unknown> {
  return {
    text: e.text,
    amount: e.amount,
    currency: e.currency,
    approximate: e.approximate ?? false,
    min: e.min ?? null,
    max: e.max ?? null,
    qualifiers: e.qualifiers ?? [],
    per: e.per ?? null,
  };
}
