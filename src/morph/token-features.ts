/** A feature string split once into the POS and the remaining fields, then reused. */
export interface ParsedFeature {
  pos: string;
  rest: string[];
}

/** Splits mecab-ko-dic feature strings (plain CSV: the dictionary holds no quoted fields). */
export class FeatureSplitter {
  private readonly cache = new Map<string, ParsedFeature>();

  get(feature: string): ParsedFeature {
    let parsed = this.cache.get(feature);
    if (parsed === undefined) {
      const fields = feature.split(',');
      parsed = { pos: fields[0], rest: fields.slice(1) };
      this.cache.set(feature, parsed);
    }
    return parsed;
  }
}
