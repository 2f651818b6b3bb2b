import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  builtInDataHash,
  dataFileNames,
  readEntryFileSync,
} from '../../src/entities/gazetteer/entries.js';
import { Gazetteer } from '../../src/entities/gazetteer/gazetteer.js';
import { snapshotDataFiles, encodeSnapshot } from '../../src/entities/gazetteer/snapshot.js';
import { currentSnapshot } from '../../src/entities/gazetteer/snapshot-file.js';

/**
 * A package in miniature: two data files, then a snapshot built from them, as the build writes it
 * (data first, snapshot after). Times are set by hand: a second apart, as edits are.
 */
let dir: string;
let data: string;
let snapshot: string;
const BUILT = new Date('2026-01-02T00:00:00Z');
const EARLIER = new Date('2026-01-01T00:00:00Z');
const LATER = new Date('2026-01-03T00:00:00Z');

const companies = [{ canonical: 'Samsung Electronics', type: 'company', ko: ['삼성전자'] }];
const places = [{ canonical: 'Seoul', type: 'place', ko: ['서울'] }];

function writeData(name: string, entries: unknown[], time = EARLIER): void {
  const file = path.join(data, name);
  writeFileSync(file, JSON.stringify(entries));
  utimesSync(file, time, time);
}

function build(): void {
  const files = dataFileNames(data);
  const sources = files.map((name) => readEntryFileSync(path.join(data, name)));
  const bytes = encodeSnapshot(Gazetteer.build(sources).toIndex(), builtInDataHash(data), files);
  writeFileSync(snapshot, bytes);
  utimesSync(snapshot, BUILT, BUILT);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sinmun-snapshot-'));
  data = path.join(dir, 'data');
  snapshot = path.join(dir, 'gazetteer.bin');
  mkdirSync(data);
  writeData('companies.json', companies);
  writeData('places.json', places);
  build();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the snapshot file check', () => {
  it('records the data files it was built from', () => {
    const file = currentSnapshot(snapshot, data);
    expect(file).not.toBeNull();
    file!.ensure(0, file!.size);
    expect(snapshotDataFiles(file!.bytes)).toEqual(['companies.json', 'places.json']);
  });

  it('uses the snapshot when no data file changed after it was written', () => {
    expect(currentSnapshot(snapshot, data)).not.toBeNull();
  });

  it('refuses a snapshot older than a data file edited since (stale)', () => {
    writeData(
      'places.json',
      [...places, { canonical: 'Busan', type: 'place', ko: ['부산'] }],
      LATER,
    );
    expect(currentSnapshot(snapshot, data)).toBeNull();
  });

  it('keeps a snapshot whose files were touched but hold the same data (hash checked)', () => {
    writeData('places.json', places, LATER);
    expect(currentSnapshot(snapshot, data)).not.toBeNull();
  });

  it('refuses a snapshot when a data file was added or removed', () => {
    writeData('media.json', [{ canonical: 'Yonhap', type: 'media', ko: ['연합뉴스'] }]);
    expect(currentSnapshot(snapshot, data)).toBeNull();
    rmSync(path.join(data, 'media.json'));
    expect(currentSnapshot(snapshot, data)).not.toBeNull();
    rmSync(path.join(data, 'places.json'));
    expect(currentSnapshot(snapshot, data)).toBeNull();
  });

  it('refuses what is not a snapshot, and a missing one', () => {
    writeFileSync(snapshot, new Uint8Array(64));
    expect(currentSnapshot(snapshot, data)).toBeNull();
    rmSync(snapshot);
    expect(currentSnapshot(snapshot, data)).toBeNull();
  });
});
