/**
 * Which mentions of people written without a full name are one person: `김모(33)씨` then `김씨`
 * are; `김모(33)씨` and `김모(45)씨` are two, and a later `김씨` is then neither (the text does not
 * say which). A full name with the same surname (`김철수 대표` … `김 대표`) counts as one of them.
 */
import type { Candidate } from './candidate.js';

interface Known {
  /** The node the person's mentions are joined to. */
  node: number;
  age: string | null;
  title: string | null;
  /** Named in full (`김철수`), not by surname alone. */
  full: boolean;
}

/**
 * Calls `join(a, b)` for every pair of mentions that are one person. `mentions` are in reading
 * order; one pass, each mention compared with the people of its surname seen so far.
 */
export function joinNameless(
  mentions: readonly Candidate[],
  join: (a: number, b: number) => void,
): void {
  const people = new Map<string, Known[]>();
  // a full name written again is the same person, not a second one of that surname
  const named = new Set<string>();
  mentions.forEach((c, i) => {
    if (c.type !== 'person') return;
    if (!c.nameless) {
      // a Korean full name: its surname may be taken up later by a nameless mention
      if (/^[가-힣]{2,4}$/.test(c.text) && !named.has(c.text)) {
        named.add(c.text);
        remember(people, c.text[0], { node: i, age: null, title: null, full: true });
      }
      return;
    }
    const { initial, age, title } = c.nameless;
    const same = people.get(initial) ?? [];
    const pick = samePerson(same, age, title);
    if (pick) {
      join(pick.node, i);
      pick.age ??= age;
      pick.title ??= title;
    } else remember(people, initial, { node: i, age, title, full: false });
  });
}

/**
 * The one person already seen that `age` and `title` name again: the same age or title written
 * again, or the only person of that surname when nothing tells against it. A titled mention
 * (`김 대표`) and a `씨` one (`김씨`) are told apart: news writes them for different people.
 */
function samePerson(same: Known[], age: string | null, title: string | null): Known | undefined {
  const only = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);
  if (age !== null) {
    const exact = only(same.filter((k) => k.age === age));
    if (exact) return exact;
  }
  if (title !== null) {
    return (
      only(same.filter((k) => k.title === title)) ??
      only(same.filter((k) => k.full && k.age === null && k.title === null && same.length === 1))
    );
  }
  const k = only(same);
  if (!k || k.title !== null || (age !== null && k.age !== null && k.age !== age)) return undefined;
  return k;
}

function remember(people: Map<string, Known[]>, initial: string, k: Known): void {
  const list = people.get(initial);
  if (list) list.push(k);
  else people.set(initial, [k]);
}
