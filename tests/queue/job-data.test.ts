import { describe, expect, it } from 'vitest';
import { SinmunError, type SinmunErrorCode } from '../../src/errors.js';
import { failureKind } from '../../src/queue/failure-kinds.js';
import { fromJobData, jobIdFor, toJobData } from '../../src/queue/job-data.js';

describe('jobIdFor', () => {
  // Ids as inputs produce them: JSONL line ids, numeric JSONL ids, URLs, ids that look escaped.
  const ids = [
    'feed.jsonl:12',
    '12',
    '0',
    '-3',
    '%i12',
    'a%3Ab',
    'a:b',
    'https://n.example/1',
    '',
    '%',
  ];

  it('gives ids BullMQ accepts: no colon, not an integer', () => {
    for (const id of ids) {
      const jobId = jobIdFor(id);
      expect(jobId, id).not.toContain(':');
      expect(`${parseInt(jobId, 10)}` === jobId, id).toBe(false);
    }
  });

  it('never gives two article ids the same job id', () => {
    expect(new Set(ids.map(jobIdFor)).size).toBe(ids.length);
  });

  it('keeps ordinary ids readable', () => {
    expect(jobIdFor('news-2024-001')).toBe('news-2024-001');
    expect(jobIdFor('feed.jsonl:12')).toBe('feed.jsonl%3A12');
  });
});

describe('job data', () => {
  it('carries raw bytes through JSON unchanged', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xc7, 0xd1, 0x00, 0xff]);
    const data = JSON.parse(
      JSON.stringify(toJobData({ id: 'x', bytes, format: 'html', meta: { url: 'u' } })),
    );
    const back = fromJobData(data);
    expect(Array.from(back.bytes ?? [])).toEqual(Array.from(bytes));
    expect(back).toMatchObject({ id: 'x', format: 'html', meta: { url: 'u' } });
  });

  it('carries a read error as a typed error', () => {
    const source = {
      id: 'gone.txt',
      meta: {},
      error: new SinmunError('READ_FAILED', 'cannot read'),
    };
    const back = fromJobData(JSON.parse(JSON.stringify(toJobData(source))));
    expect(back.error).toBeInstanceOf(SinmunError);
    expect(back.error?.code).toBe('READ_FAILED');
    expect(back.text).toBeUndefined();
  });
});

describe('failure kinds', () => {
  it('does not retry bad input, retries the rest', () => {
    const input: SinmunErrorCode[] = [
      'EMPTY_INPUT',
      'BINARY_INPUT',
      'INVALID_ENCODING',
      'INPUT_TOO_LARGE',
    ];
    for (const code of input) expect(failureKind(code), code).toBe('input');
    for (const code of ['INTERNAL', 'MECAB_FAILED', 'ANALYZER_CLOSED'] as const) {
      expect(failureKind(code), code).toBe('retry');
    }
    expect(failureKind('SOME_FUTURE_CODE')).toBe('retry');
  });
});
