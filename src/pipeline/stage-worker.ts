/**
 * The two threads of a staged pipeline (src/pipeline/stages.ts). The morphology stage prepares
 * each article (decoding, HTML) and tokenizes it; the rest stage makes its record from the text
 * and those morphemes. Each thread's V8 compiles only its own stage's hot code, where two whole
 * analysers would both compile all of it.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { analyzeWithMorphemes, latticeOf, tokenizedPart, type Analyzer } from '../analyzer.js';
import { serializeRecord } from '../output/serialize.js';
import { parseStructure } from '../text/structure.js';
import type { AnalyzeMeta, ArticleRecord } from '../types.js';
import { TokenPacker, TokenUnpacker } from './packed-tokens.js';
import { failedRecord, prepareForAnalysis } from './process.js';
import { workerAnalyzer } from './worker-analyzer.js';
import type {
  StageArticleMessage,
  StageInit,
  StageResults,
  StageSharedMessage,
  StageTokensMessage,
} from './worker-protocol.js';

/** Starts this thread as the stage `init` names; messages drive it from then on. */
export function startStage(init: StageInit): void {
  const parent = parentPort;
  if (!parent) return;
  let share: (message: StageSharedMessage) => void = () => {};
  const analyzer = new Promise<Analyzer>((resolve) => {
    share = ({ shared }) => resolve(workerAnalyzer(init.options, shared));
  });
  const results = resultBatches(parent);
  if (init.sinmunStage === 'morphology') {
    const onArticle = morphologyStage(analyzer, init.port, results);
    parent.on('message', (m: StageSharedMessage | StageArticleMessage) => {
      if (m.type === 'shared') share(m);
      else void onArticle(m);
    });
  } else {
    const onTokens = restStage(analyzer, results);
    parent.on('message', (m: StageSharedMessage) => share(m));
    init.port.on('message', (m: StageTokensMessage) => void onTokens(m));
  }
}

/** Finished articles, posted to the main thread in one message per turn of the event loop. */
function resultBatches(parent: NonNullable<typeof parentPort>) {
  let batch: StageResults = [];
  const flush = () => {
    const out = batch;
    batch = [];
    parent.postMessage(out);
  };
  return (i: number, record: ArticleRecord, serialize: StageArticleMessage['serialize']) => {
    if (batch.length === 0) setImmediate(flush);
    batch.push({ i, ...serializeRecord(record, serialize) });
  };
}

type Results = ReturnType<typeof resultBatches>;

function morphologyStage(analyzer: Promise<Analyzer>, port: MessagePort, results: Results) {
  let packer: TokenPacker | null | undefined;
  return async (m: StageArticleMessage) => {
    const a = await analyzer;
    if (packer === undefined) {
      const lattice = latticeOf(a);
      packer = lattice && new TokenPacker(lattice);
    }
    const { i, source, serialize } = m;
    try {
      const { text, meta } = prepareForAnalysis(source, m.options);
      const part = packer && !m.restTokenizes ? tokenizedText(text, meta) : undefined;
      const packed = part === undefined || !packer ? null : packer.pack(part);
      const message: StageTokensMessage = {
        i,
        text,
        meta,
        tokenized: packed ? (part as string).length : -1,
        packed,
        failure: { id: source.id, meta: { warnings: source.meta.warnings, url: source.meta.url } },
        serialize,
      };
      port.postMessage(message, packed ? [packed.buffer as ArrayBuffer] : []);
    } catch (err) {
      results(i, failedRecord(source, err), serialize);
    }
  };
}

/**
 * The text `analyze(text, meta)` will tokenize, by the analyzer's own rule. If the rest stage
 * is ever asked for another text, it sees another length and tokenizes itself, so a record never
 * depends on this.
 */
export function tokenizedText(text: string, meta: AnalyzeMeta): string | undefined {
  return tokenizedPart(text, meta, parseStructure(text, { title: meta.title }).boilerplate);
}

function restStage(analyzer: Promise<Analyzer>, results: Results) {
  let unpacker: TokenUnpacker | null | undefined;
  return async (m: StageTokensMessage) => {
    const a = await analyzer;
    if (unpacker === undefined) {
      const lattice = latticeOf(a);
      unpacker = lattice && new TokenUnpacker(lattice.sources);
    }
    const { packed } = m;
    const own = unpacker;
    // The other thread's morphemes, when `analyze` asks for the text they are of.
    const given = (part: string) =>
      packed && own && part.length === m.tokenized ? own.unpack(part, packed) : undefined;
    let record: ArticleRecord;
    try {
      record = analyzeWithMorphemes(a, m.text, m.meta, given);
    } catch (err) {
      record = failedRecord(m.failure, err);
    }
    results(m.i, record, m.serialize);
  };
}
