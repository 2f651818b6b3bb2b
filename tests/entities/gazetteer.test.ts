import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SinmunError } from '../../src/errors.js';
import {
  Gazetteer,
  normaliseForm,
  type GazetteerMatch,
} from '../../src/entities/gazetteer/gazetteer.js';
import { ENTITY_TYPES } from '../../src/entities/gazetteer/entries.js';
import { isParticleRun } from '../../src/entities/gazetteer/boundaries.js';

let g: Gazetteer;
beforeAll(async () => {
  g = await Gazetteer.load();
});

/** `surface=Canonical` for each match, checking the offset invariant on the way. */
function found(text: string, matches: GazetteerMatch[] = g.findAll(text)): string[] {
  for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  return matches.map((m) => `${m.text}=${m.entry.canonical}`);
}

describe('built-in data', () => {
  it('holds at least 800 well-formed entries of every organisation type', () => {
    expect(g.size).toBeGreaterThanOrEqual(800);
    const byType = new Map<string, number>();
    for (const e of g.entries()) {
      expect(e.canonical.trim()).not.toBe('');
      expect(ENTITY_TYPES).toContain(e.type);
      expect(e.ko.length + e.aliases.length, e.canonical).toBeGreaterThan(0);
      if (e.wikidata !== null) expect(e.wikidata).toMatch(/^Q[1-9]\d*$/);
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    }
    for (const type of ['company', 'institute', 'government', 'media', 'model', 'place']) {
      expect(byType.get(type) ?? 0, type).toBeGreaterThanOrEqual(30);
    }
  });

  it('maps no form to two entries unless every entry sharing it marks it ambiguous', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of g.entries()) {
      for (const key of e.normalisedForms) {
        owners.set(key, (owners.get(key) ?? new Set()).add(e.key));
      }
    }
    const unmarked: string[] = [];
    for (const [form, keys] of owners) {
      if (keys.size < 2) continue;
      for (const key of keys) {
        const entry = g.get(key)!;
        if (!entry.ambiguous.some((a) => normaliseForm(a) === form))
          unmarked.push(`${form} in ${key}`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('marks the common-word aliases the brief names as ambiguous', () => {
    for (const form of ['무한대', '메타', '아마존', '카카오', '달리', '한화', '셸']) {
      const entry = g.lookup(form)!;
      expect(entry.ambiguous, form).toContain(form);
    }
    expect(g.lookup('다음')).toBeUndefined();
  });
});

describe('lookup', () => {
  it.each([
    ['삼성전자', 'Samsung Electronics', 'company'],
    ['SK하이닉스', 'SK hynix', 'company'],
    ['LG 에너지솔루션', 'LG Energy Solution', 'company'],
    ['카카오페이', 'KakaoPay', 'company'],
    ['신한지주', 'Shinhan Financial Group', 'company'],
    ['오픈 AI', 'OpenAI', 'company'],
    ['OPENAI', 'OpenAI', 'company'],
    ['MS', 'Microsoft', 'company'],
    ['舊페이스북', 'Meta', 'company'],
    ['Facebook', 'Meta', 'company'],
    ['騰訊', 'Tencent', 'company'],
    ['零一万物', '01.AI', 'company'],
    ['商湯', 'SenseTime', 'company'],
    ['成都醫雲科技', 'Chengdu Yiyun Technology', 'company'],
    ['科大讯飞', 'iFLYTEK', 'company'],
    ['챗GPT', 'ChatGPT', 'model'],
    ['라마2', 'Llama 2', 'model'],
    ['어니봇', 'Ernie Bot', 'model'],
    ['하이퍼클로바X', 'HyperCLOVA X', 'model'],
    ['엑사원', 'Exaone', 'model'],
    ['우다오', 'WuDao', 'model'],
    ['칭화대', 'Tsinghua University', 'institute'],
    ['푸단대', 'Fudan University', 'institute'],
    ['북경대', 'Peking University', 'institute'],
    ['카이스트', 'KAIST', 'institute'],
    ['지위엔연구원', 'Beijing Academy of Artificial Intelligence', 'institute'],
    ['智源研究院', 'Beijing Academy of Artificial Intelligence', 'institute'],
    [
      '중커위엔 자동화연구소',
      'Institute of Automation of the Chinese Academy of Sciences',
      'institute',
    ],
    ['한국정보처리학회', 'Korea Information Processing Society', 'institute'],
    ['과기정통부', 'Ministry of Science and ICT', 'government'],
    ['공정위', 'Fair Trade Commission', 'government'],
    ['한은', 'Bank of Korea', 'government'],
    ['国家网信办', 'Cyberspace Administration of China', 'government'],
    ['연준', 'Federal Reserve', 'government'],
    ['EU 집행위원회', 'European Commission', 'government'],
    ['UN', 'United Nations', 'organization'],
    ['전자신문', 'Electronic Times', 'media'],
    ['매경', 'Maeil Business Newspaper', 'media'],
    ['신화통신', 'Xinhua News Agency', 'media'],
    ['36氪', '36Kr', 'media'],
    ['베이징', 'Beijing', 'place'],
  ])('%s → %s (%s)', (surface, canonical, type) => {
    const entry = g.lookup(surface);
    expect(entry?.canonical).toBe(canonical);
    expect(entry?.type).toBe(type);
  });

  it('gives stable keys and known Wikidata ids', () => {
    expect(g.lookup('구글')?.key).toBe('company:google');
    expect(g.lookup('구글')?.wikidata).toBe('Q95');
    expect(g.get('company:baidu')?.ko).toContain('바이두');
  });

  it('returns every entry of a shared form, and nothing for unknown ones', () => {
    expect(
      g
        .lookupAll('상무부')
        .map((e) => e.canonical)
        .sort(),
    ).toEqual([
      "Ministry of Commerce of the People's Republic of China",
      'United States Department of Commerce',
    ]);
    expect(g.lookup('신문')).toBeUndefined();
  });
});

describe('findAll on Korean news', () => {
  it('finds names, keeps particles outside and reads spaced forms', () => {
    const text =
      '바이두와 알리바바, 텐센트(騰訊)는 올해 오픈 AI의 챗GPT에 맞설 모델을 내놨다. 과학기술 정보통신부는 LG AI연구원의 엑사원을 소개했다.';
    expect(found(text)).toEqual([
      '바이두=Baidu',
      '알리바바=Alibaba',
      '텐센트=Tencent',
      '騰訊=Tencent',
      '오픈 AI=OpenAI',
      '챗GPT=ChatGPT',
      '과학기술 정보통신부=Ministry of Science and ICT',
      'LG AI연구원=LG AI Research',
      '엑사원=Exaone',
    ]);
  });

  it('prefers the longest name and handles the long BAAI form', () => {
    const text =
      '베이징 즈위엔인공지능연구원이 공개한 우다오(悟道)는 SK하이닉스에서도 화제였다. 한국은행이 금리를 동결했다.';
    expect(found(text)).toEqual([
      '베이징 즈위엔인공지능연구원=Beijing Academy of Artificial Intelligence',
      '우다오=WuDao',
      '悟道=WuDao',
      'SK하이닉스=SK hynix',
      '한국은행=Bank of Korea',
    ]);
  });

  it('flags ambiguous forms and shared forms', () => {
    const text =
      '메타(舊페이스북)의 라마2와 칭화대, 무한대가 언급됐다. 중국 상무부와 상무부는 다르다.';
    const matches = g.findAll(text);
    const flag = (surface: string) => matches.find((m) => m.text === surface)?.ambiguous;
    expect(flag('메타')).toBe(true);
    expect(flag('舊페이스북')).toBe(false);
    expect(flag('칭화대')).toBe(false);
    expect(flag('무한대')).toBe(true);
    expect(flag('중국 상무부')).toBe(false);
    const bare = matches.find((m) => m.text === '상무부')!;
    expect(bare.ambiguous).toBe(true);
    expect(bare.candidates).toHaveLength(2);
  });

  it('does not match a name that is only the start of another word', () => {
    expect(found('애플리케이션과 메타버스, 한국어와 미국인, 카카오톡 사용자')).toEqual([
      '카카오톡=KakaoTalk',
    ]);
    expect(found('앱 애플리케이션 개발')).toEqual([]);
    expect(found('메타버스 플랫폼')).toEqual([]);
    expect(found('한국어 교육')).toEqual([]);
    expect(found('미국인 관광객')).toEqual([]);
    expect(found('한국과학기술원과 한국 은행권')).toEqual([
      '한국과학기술원=KAIST',
      '한국=South Korea',
    ]);
  });

  it('does not join a one-syllable piece across a space', () => {
    expect(found('서울 대 부산 경기')).toEqual(['서울=Seoul', '부산=Busan']);
  });

  it('needs a word start, but accepts a Hanja prefix and an opening quote', () => {
    expect(found("對중국 수출, '라마2'모델, 美상무부")).toEqual([
      '중국=China',
      '라마2=Llama 2',
      '美상무부=United States Department of Commerce',
    ]);
    expect(found('대만대사관')).toEqual([]);
  });

  it('ignores names inside e-mail addresses and host names', () => {
    expect(found('길재식 기자 osolgil@etnews.com')).toEqual([]);
  });

  it('scans only the given regions', () => {
    const text = '구글과 애플이 경쟁한다. 네이버도 참여했다.';
    const second = text.indexOf('네이버');
    expect(found(text, g.findAll(text, [{ start: second, end: text.length }]))).toEqual([
      '네이버=Naver',
    ]);
  });

  it('keeps offsets into the original text when it is not NFC or uses full-width letters', () => {
    const nfd = '오늘 ' + '바이두'.normalize('NFD') + '가 발표';
    const [m] = g.findAll(nfd);
    expect(m.entry.canonical).toBe('Baidu');
    expect(nfd.slice(m.start, m.end)).toBe('바이두'.normalize('NFD'));
    expect(found('ＯｐｅｎＡＩ가 발표')).toEqual(['ＯｐｅｎＡＩ=OpenAI']);
  });
});

describe('findAll on English news', () => {
  it('finds companies, models and agencies with word boundaries', () => {
    const text =
      "OpenAI's GPT-4o beat Baidu's Ernie Bot, while Microsoft and the SEC looked on; iFLYTEK and 01.AI (maker of Yi-34B) were not far behind.";
    expect(found(text)).toEqual([
      'OpenAI=OpenAI',
      'GPT-4o=GPT-4o',
      'Baidu=Baidu',
      'Ernie Bot=Ernie Bot',
      'Microsoft=Microsoft',
      'SEC=Securities and Exchange Commission',
      'iFLYTEK=iFLYTEK',
      '01.AI=01.AI',
      'Yi-34B=Yi-34B',
    ]);
  });

  it('does not find Meta in Metaverse, MS in MSCI, or lower-case common words', () => {
    expect(found('The Metaverse index and MSCI weights rose.')).toEqual([]);
    expect(found('She ate an apple and read a meta-analysis on the amazon basin.')).toEqual([]);
    expect(found('Ms. Kim joined Meta from Apple in 2021.')).toEqual(['Meta=Meta', 'Apple=Apple']);
  });

  it('accepts headline capitals but not a short acronym in mixed case', () => {
    expect(found('NVIDIA AND TSMC EXPAND')).toEqual(['NVIDIA=Nvidia', 'TSMC=TSMC']);
    expect(found('Sec. 5 of the act')).toEqual([]);
  });
});

describe('particles', () => {
  it.each(['의', '에서는', '와의', '으로부터', '이다', '였다'])('accepts %s', (run) => {
    expect(isParticleRun(run)).toBe(true);
  });
  it.each(['리케이션', '버스', '어', '인', '행'])('refuses %s', (run) => {
    expect(isParticleRun(run)).toBe(false);
  });
});

describe('user entries', () => {
  const sample = [
    { canonical: 'Moreh', type: 'company' as const, ko: ['모레'], aliases: ['MOREH'] },
    { canonical: 'Baidu', type: 'company' as const, ko: ['바이뚜'] },
  ];

  it('adds entries from an array and extends a built-in entry with the same key', async () => {
    const user = await Gazetteer.load(sample);
    expect(user.size).toBe(g.size + 1);
    expect(user.lookup('모레')?.canonical).toBe('Moreh');
    expect(user.lookup('바이뚜')?.key).toBe('company:baidu');
    expect(user.lookup('百度')?.key).toBe('company:baidu');
    expect(found('모레가 투자를 받았다', user.findAll('모레가 투자를 받았다'))).toEqual([
      '모레=Moreh',
    ]);
    expect(g.lookup('모레')).toBeUndefined();
  });

  it('reads entries from a JSON file, sync and async', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-gaz-'));
    const file = join(dir, 'entries.json');
    writeFileSync(file, JSON.stringify(sample));
    expect((await Gazetteer.load(file)).lookup('MOREH')?.canonical).toBe('Moreh');
    expect(Gazetteer.loadSync(file).lookup('모레')?.canonical).toBe('Moreh');
  });

  it('reports a bad file with its path and the entry at fault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-gaz-'));
    const badType = join(dir, 'bad-type.json');
    writeFileSync(badType, JSON.stringify([sample[0], { canonical: 'X Corp', type: 'firm' }]));
    await expect(Gazetteer.load(badType)).rejects.toThrow(SinmunError);
    await expect(Gazetteer.load(badType)).rejects.toThrow(
      new RegExp(`${badType.replace(/[.\\/]/g, '\\$&')}: entry 1 \\("X Corp"\\): "type"`),
    );
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '[{"canonical": ');
    expect(() => Gazetteer.loadSync(badJson)).toThrow(badJson);
    const missing = join(dir, 'missing.json');
    await expect(Gazetteer.load(missing)).rejects.toMatchObject({ code: 'READ_FAILED' });
    await expect(Gazetteer.load(missing)).rejects.toThrow(missing);
  });

  it('refuses malformed entries in an array with INVALID_INPUT', () => {
    const bad = [{ canonical: 'Foo', type: 'company', alias: ['F'] }] as never;
    expect(() => Gazetteer.loadSync(bad)).toThrow(
      /user entries: entry 0 \("Foo"\): unknown field "alias"/,
    );
    const wrongId = [{ canonical: 'Foo', type: 'company', wikidata: '95' }] as never;
    try {
      Gazetteer.loadSync(wrongId);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SinmunError);
      expect((err as SinmunError).code).toBe('INVALID_INPUT');
    }
    const strayAmbiguous = [{ canonical: 'Foo', type: 'company', ambiguous: ['Bar'] }] as never;
    expect(() => Gazetteer.loadSync(strayAmbiguous)).toThrow(/"Bar", which is not one of/);
  });
});

describe('koreanWords', () => {
  it('teaches unspaced, unambiguous Korean names as proper nouns', () => {
    const words = new Map(g.koreanWords().map((w) => [w.surface, w]));
    expect(words.get('마이크로소프트')).toEqual({ surface: '마이크로소프트', pos: 'NNP' });
    expect(words.get('청두이윈커지')?.pos).toBe('NNP');
    expect(words.get('베이징')?.semanticClass).toBe('지명');
    expect(words.has('무한대')).toBe(false);
    expect(words.has('메타')).toBe(false);
    expect(words.has('상무부')).toBe(false);
    expect(words.has('베이징 즈위엔인공지능연구원')).toBe(false);
    expect(words.has('Google')).toBe(false);
  });
});

describe('loading', () => {
  // How fast it loads is measured by `npm run bench:start`, not asserted here.
  it('loads the built-in data the same way sync and async', () => {
    const sync = Gazetteer.loadSync();
    expect(sync.size).toBe(g.size);
    expect(sync.entries()).toEqual(g.entries());
  });
});
