import { describe, expect, it } from 'vitest';
import { CodeTrie, NO_NODE } from '../../src/entities/gazetteer/code-trie.js';

const codes = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);

/** The value of the key `s` spells, walking the trie as the scan does. */
function walk(trie: CodeTrie<string>, s: string): string | undefined {
  const cs = codes(s);
  let node = trie.first(cs[0]);
  for (let k = 1; k < cs.length && node !== NO_NODE; k++) node = trie.child(node, cs[k]);
  return node === NO_NODE ? undefined : trie.terminal(node);
}

describe('CodeTrie', () => {
  // more children under `가` than a linear search takes, and a key outside the BMP
  const words = [
    '구글',
    '구글클라우드',
    '가a',
    '가b',
    '가c',
    '가d',
    '가e',
    '가f',
    '가g',
    '가h',
    '가i',
  ];
  const keys = [...words, '𠀀x'];
  const trie = CodeTrie.build(keys.map((k): [number[], string] => [codes(k), k.toUpperCase()]));

  it('finds every key, and its prefixes are nodes without values', () => {
    for (const k of keys) expect(walk(trie, k)).toBe(k.toUpperCase());
    expect(walk(trie, '구글클라')).toBeUndefined();
    expect(trie.terminal(trie.first(codes('구')[0]))).toBeUndefined();
  });

  it('leaves the trie on codes no key continues with', () => {
    expect(trie.first(codes('나')[0])).toBe(NO_NODE);
    expect(trie.first(-1)).toBe(NO_NODE);
    expect(walk(trie, '가z')).toBeUndefined();
    expect(walk(trie, '𠀁x')).toBeUndefined();
    const gu = trie.first(codes('구')[0]);
    expect(trie.child(trie.child(gu, codes('글')[0]), codes('x')[0])).toBe(NO_NODE);
  });
});
