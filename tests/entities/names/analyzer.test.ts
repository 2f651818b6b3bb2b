/**
 * English names of people through the whole analyzer, on real sentences: KLUE-NER dev-a news
 * (CC BY-SA 4.0) and the shared corpus's news lines (CC BY-SA 3.0), quoted as written. The
 * expected names are the press's (or, for people the press seldom names, the convention's),
 * written by hand from the sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../../src/index.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer?.close());

function canonicalOf(text: string, name: string): string | null | undefined {
  const record = analyzer.analyze(text);
  for (const m of record.entities.flatMap((e) => e.mentions)) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  const person = record.entities.find(
    (e) => e.type === 'person' && (e.name === name || e.aliases.includes(name)),
  );
  return person ? person.canonical : undefined;
}

describe('people named in English on real sentences', () => {
  it.each([
    // KLUE dev-a 489: Japanese, with its kanji in parentheses (not read as Chinese)
    [
      '앞서 일본 정부 대변인인 스가 요시히데(菅義偉) 관방장관은 일본의 센카쿠 국유화 1주년을 하루 앞둔 지난 10일 센카쿠에 대한 실효지배 강화 방안으로 공무원을 상주시키는 것도 검토될 수 있다고 밝혔다.',
      '스가 요시히데',
      'Suga Yoshihide',
    ],
    // KLUE dev-a 612: Chinese, Hanja in parentheses
    [
      '부패혐의로 실각한 중국 보시라이(薄熙來) 전 충칭시 당서기에 대한 재판 개정 시기가 아직 불투명한 상황이라고 로이터통신이 6일 보도했다.',
      '보시라이',
      'Bo Xilai',
    ],
    // KLUE dev-a: Chinese leaders with their Hanja
    [
      '앞서 지난 1995년 장쩌민(江澤民) 국가주석과 2005년 및 2008년 후진타오(胡錦濤) 국가주석이 중국 국가주석으로서 한국을 국빈 방문한 적이 있다.',
      '장쩌민',
      'Jiang Zemin',
    ],
    [
      '앞서 지난 1995년 장쩌민(江澤民) 국가주석과 2005년 및 2008년 후진타오(胡錦濤) 국가주석이 중국 국가주석으로서 한국을 국빈 방문한 적이 있다.',
      '후진타오',
      'Hu Jintao',
    ],
    // KLUE dev-a 46: a Korean name in a sentence about Japan
    [
      '신동주 전 부회장이 이달 27일 일본으로 건너갔을 당시 신격호 총괄회장과 하쓰코씨가 만나지 못하도록 한 것으로 알려지면서 신 총괄회장은 장남 신동주 전 부회장을, 하쓰코씨는 차남 신동빈 회장을 지지한다는 해석에 힘이 실렸기 때문이다.',
      '신동빈',
      'Shin Dong-bin',
    ],
    // KLUE dev-a: each person's country in parentheses
    [
      '앞서 지난 29일 방송에서 원년 멤버였던 로빈 데이아나(프랑스), 줄리안 퀸타르트(벨기에), 테라다 타쿠야(일본)와 함께 중도 합류했던 수잔 샤키아(네팔), 벨랴코프 일리야(러시아), 블레어 윌리엄스(호주)이 하차했다.',
      '테라다 타쿠야',
      'Terada Takuya',
    ],
    [
      '앞서 지난 29일 방송에서 원년 멤버였던 로빈 데이아나(프랑스), 줄리안 퀸타르트(벨기에), 테라다 타쿠야(일본)와 함께 중도 합류했던 수잔 샤키아(네팔), 벨랴코프 일리야(러시아), 블레어 윌리엄스(호주)이 하차했다.',
      '수잔 샤키아',
      null,
    ],
    // KLUE dev-a: Korean lawmakers in a sentence about Japan
    [
      '광복절이자 일본 패전일인 15일 오전 일본 군국주의의 상징인 야스쿠니(靖國) 신사에서 아베 정권의 우경화 행보에 항의하려던 민주당 이종걸·이상민·문병호 의원과 이용득 최고위원은 끝내 야스쿠니 신사 앞에서 발길을 돌려야 했다.',
      '문병호',
      'Moon Byung-ho',
    ],
    // corpus 546
    [
      '양제츠 중국외교부장은 6개국 외무장관 회동에 대해 ”매우 중대한 회담이었으며 주요한 문제들을 솔직하고 미리 대책을 강구하는 방향에 대해 논의했다”고 밝혔다.',
      '양제츠',
      'Yang Jiechi',
    ],
    // corpus 848: a Korean name in a sentence about Japan
    [
      '반기문 전 외교부 장관이 유엔 총장으로 선출될 때에 일찍이 유일하게 반대했던 표는 일본이었으며, 일본은 이후 “의견 없음”으로 마음을 바꾸었다고 전 유엔주재 미국 대사가 밝혔다.',
      '반기문',
      'Ban Ki-moon',
    ],
    // corpus 1321, 1334
    [
      '지난 1995년 LA 다저스 감독을 지낸 명예의 전당에 오른 톰 라소다는 “노모 히데오는 개척자였다”며 “그는 자신과 조국인 일본의 품위와 존엄성을 최고 단계로 성장시켰다”고 말했다.',
      '노모 히데오',
      'Nomo Hideo',
    ],
    [
      '교도소 산업 협동을 위한 교정협회의 담당자인 나카지마 쇼지는 정부지원 교정협회가 도쿄에 있는 직영 아울렛 매장에서 이 로고를 사용하기 시작한 관련 제품들이 2007년 인기를 얻었다고 전했다.',
      '나카지마 쇼지',
      'Nakajima Shoji',
    ],
    // corpus 1715
    [
      '북한의 노동당 기관지 노동신문은 논평에서 “이명박 대통령의 대북대화 제의는 일고의 가치도 없다"고 밝혔다.',
      '이명박',
      'Lee Myung-bak',
    ],
    // corpus 563: Hong Kong (the dateline): Tony Leung's Korean reading is not his English name
    [
      'HONG KONG (CNN) 칸 영화제에서 남우 주연상을 받은 바 있는 양조위가 오랜동안 사귀어온 유가령과 히말라야의 부탄에 있는 리조트에서 결혼식을 올렸다.',
      '양조위',
      null,
    ],
  ])('%#: %s', (text, name, english) => {
    expect(canonicalOf(text, name)).toBe(english);
  });

  it('leaves nameless mentions without an English name (KLUE dev-a 1)', () => {
    const text =
      '경찰은 또 성매매 알선 자금을 관리한 박씨의 딸(32)과 성매매 여성 김모(33)씨 등 16명을 같은 혐의로 불구속 입건했다.';
    const people = analyzer.analyze(text).entities.filter((e) => e.type === 'person');
    expect(people.every((e) => e.canonical === null)).toBe(true);
  });

  it('does not read a misfound name from its Hanja (KLUE dev-a 77)', () => {
    const text =
      '9일 런민넷(人民網)은 1자녀 정책을 견지하는 중국에서 소문대로 장이머우가 일곱 자녀를 둔 것이 밝혀지면 거액의 벌금을 물게 될 것이라고 지적했다.';
    const people = analyzer.analyze(text).entities.filter((e) => e.type === 'person');
    // 런민넷 is not the transcription of 人民網 (런민왕): no pinyin from the Hanja
    expect(people.map((e) => e.canonical).filter((c) => c && /Ren/.test(c))).toEqual([]);
  });

  it('keeps a listed person’s listed name', () => {
    const text = '시진핑(習近平) 중국 국가주석 겸 공산당 총서기의 서한을 전달했다.';
    expect(canonicalOf(text, '시진핑')).toBe('Xi Jinping');
  });
});
