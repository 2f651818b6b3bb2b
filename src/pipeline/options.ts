/** What every way of analysing many articles (in-process, stream, pool) accepts. */
export interface AnalyzeManyOptions {
  /** Put the morphemes in each record. */
  tokens?: boolean;
  /** Leave `text` out of each record. */
  omitText?: boolean;
  /** Largest raw input (bytes to decode) in bytes; default 10 MiB. */
  maxBytes?: number;
}

/** Options of the worker pool's `analyzeMany`. */
export interface PoolAnalyzeManyOptions extends AnalyzeManyOptions {
  /** Yield records as they finish rather than in input order. */
  unordered?: boolean;
}
