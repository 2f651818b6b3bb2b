import { expect, it, vi } from 'vitest';

it('reads the Hanja table only when a Hanja name is read', async () => {
  vi.resetModules();
  const hanja = await import('../../../src/entities/names/hanja.js');
  const names = await import('../../../src/entities/names/index.js');
  const text = '최도윤 대표와 중국 알리바바의 마윈 회장이 만났다.';
  const person = (name: string) => ({
    name,
    canonical: null,
    type: 'person' as const,
    id: null,
    aliases: [],
    mentions: [{ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length }],
  });
  expect(names.personCanonical(person('최도윤'), text)).toBe('Choi Do-yoon');
  expect(names.personCanonical(person('마윈'), text)).toBe('Ma Yun');
  expect(hanja.hanjaTableLoaded()).toBe(false);
  expect(names.pinyinName('马云')).toBe('Ma Yun');
  expect(hanja.hanjaTableLoaded()).toBe(true);
});
