/**
 * Legal designators of company names. News writes them every which way (`Corp`, `Corp.`,
 * `Corporation`, `, Inc.`), so a listed `Intel Corporation` must also be found as the name
 * before its designator; `Group` and `Holdings` are not here: `Hyundai Motor Group` is not
 * Hyundai Motor.
 */
const DESIGNATORS: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'ag',
  'sa',
  'nv',
  'gmbh',
]);

/**
 * The name before a legal designator (`Taiwan Semiconductor Manufacturing` of `Taiwan
 * Semiconductor Manufacturing Company`), without a leading `The`; undefined when the form has no
 * designator or the rest is a single word (`HP Inc.` → `HP` would make every `HP` this entry's
 * full form, which the form `HP` does already, if listed).
 */
export function legalHead(form: string): string | undefined {
  const words = form.trim().split(/\s+/);
  if (words.length < 3 || !/^[A-Za-z]/.test(form)) return undefined;
  const last = words[words.length - 1].replace(/\.$/, '').toLowerCase();
  if (!DESIGNATORS.has(last)) return undefined;
  const head = words.slice(words[0] === 'The' ? 1 : 0, -1);
  head[head.length - 1] = head[head.length - 1].replace(/,$/, '');
  return head.length >= 2 ? head.join(' ') : undefined;
}
