/**
 * Korean examples for the cue tables in src/entities/cues.ko.ts: sentence → entities expected
 * (a mention's text, the entity's type, and its canonical name when given) and mentions that must
 * not appear. Written by hand; the names marked "invented" exist in no gazetteer, so the rules
 * alone must find them.
 */
import type { EntityType } from '../../src/types.js';

export interface Expected {
  text: string;
  type: EntityType;
  canonical?: string | null;
}

export interface Example {
  text: string;
  /** Run with the real gazetteer (default: rules only, an empty lexicon). */
  gazetteer?: boolean;
  entities: Expected[];
  /** Surfaces that must not be a mention. */
  absent?: string[];
  /** Mention texts that must belong to one entity. */
  same?: string[][];
}

export const KO_CORPUS: Example[] = [
  // a gloss in common words is a translation, not an alias; a loanword thing is not a person
  {
    text: '첫째, 에코시스템(생태계) 구축형이다. 바이두는 에코시스템을 넓혔다.',
    gazetteer: true,
    entities: [{ text: '바이두', type: 'company' }],
    absent: ['에코시스템', '생태계'],
  },
  // a word the dictionary knows whole as a common noun is not a name before a title
  {
    text: '조합원 대표는 협상을 요구했고 김도윤 대표는 거절했다.',
    entities: [{ text: '김도윤', type: 'person' }],
    absent: ['조합원'],
  },
  // a role and a name in parentheses introduce a body and its head
  {
    text: 'AI 스타트업 노타(대표 채명수)는 투자를 유치했고 한빛대학교(총장 유한길)도 참여했다.',
    entities: [
      { text: '노타', type: 'company' },
      { text: '채명수', type: 'person' },
      { text: '한빛대학교', type: 'institute' },
      { text: '유한길', type: 'person' },
    ],
    absent: ['대표 채명수', '총장 유한길'],
  },
  // the title says what kind of body the affiliation before it is
  {
    text: '김도윤 Lumenstack 대표와 이경무 서울대 교수는 이날 만났다.',
    entities: [
      { text: '김도윤', type: 'person' },
      { text: 'Lumenstack', type: 'company' },
      { text: '이경무', type: 'person' },
      { text: '서울대', type: 'institute' },
    ],
    absent: ['Lumenstack 대표', '김도윤 Lumenstack'],
  },
  // a version after a listed model settles it; an owner before a model is a company
  {
    text: "앤스로픽은 '클로드 3.5 소네트'를 내놨고 구글은 제미나이 2.0을, 바이두는 어니 4.0을 선보였다. 메타의 라마 3는 공개됐다.",
    gazetteer: true,
    entities: [
      { text: '클로드 3.5 소네트', type: 'model', canonical: 'Claude' },
      { text: '제미나이 2.0', type: 'model', canonical: 'Gemini' },
      { text: '어니 4.0', type: 'model', canonical: 'ERNIE' },
      { text: '메타', type: 'company', canonical: 'Meta' },
    ],
  },
  {
    text: '어니 3마리가 있었고 메타 분석 결과는 달랐다.',
    gazetteer: true,
    entities: [],
    absent: ['어니', '어니 3', '메타'],
  },
  // a place fused to a common noun is the place; a demonym or a language is not
  {
    text: '정부는 미국산 쇠고기 수입을 재개했고 이라크측은 반발했다. 미국인 관광객은 중국어를 배웠다.',
    gazetteer: true,
    entities: [
      { text: '미국', type: 'place', canonical: 'United States' },
      { text: '이라크', type: 'place' },
    ],
    absent: ['미국인', '중국어', '미국산', '중국'],
  },
  // a military rank after a name is a title; four syllables need a two-syllable family name
  {
    text: '23세의 호세 알바레스 병장은 체포됐고, 유엔주재 대사가 왔다.',
    entities: [{ text: '호세 알바레스', type: 'person' }],
    absent: ['호세 알바레스 병장', '유엔주재'],
  },
  // international and civic bodies; `국제` without a country makes a body international
  {
    text: '세계보건기구와 국제축구연맹, 전국경제인연합회, 전국금속노조가 성명을 냈다.',
    entities: [
      { text: '세계보건기구', type: 'organization' },
      { text: '국제축구연맹', type: 'organization' },
      { text: '전국경제인연합회', type: 'organization' },
      { text: '전국금속노조', type: 'organization' },
    ],
  },
  {
    text: '국제적십자위원회와 국제사법재판소는 헌법재판소의 결정을 지켜봤다. 그는 열기구를 탔다.',
    entities: [
      { text: '국제적십자위원회', type: 'organization' },
      { text: '국제사법재판소', type: 'organization' },
      { text: '헌법재판소', type: 'government' },
    ],
    absent: ['열기구'],
  },
  {
    text: '베이징올림픽 조직위원회와 대한적십자사, 한국노동조합은 국제기구 관계자를 만났다.',
    entities: [
      { text: '베이징올림픽 조직위원회', type: 'organization' },
      { text: '대한적십자사', type: 'organization' },
      { text: '한국노동조합', type: 'organization' },
    ],
    absent: ['국제기구'],
  },
  // a kind word after a name types it and stays outside
  {
    text: '이 결정에 카르벨로스 구단도 놀랐고, 페디안 사는 입장을 내지 않았다.',
    entities: [
      { text: '카르벨로스', type: 'organization' },
      { text: '페디안', type: 'company' },
    ],
    absent: ['카르벨로스 구단', '페디안 사'],
  },
  // company endings of investment firms, makers and labs
  {
    text: '이번 투자에는 미래에셋벤처투자와 한빛창업투자, 누리기술투자가 참여했고 라온테크놀로지, 세진일렉트릭, 한울에어로스페이스, 대양조선해양도 나섰다.',
    entities: [
      { text: '미래에셋벤처투자', type: 'company' },
      { text: '한빛창업투자', type: 'company' },
      { text: '누리기술투자', type: 'company' },
      { text: '라온테크놀로지', type: 'company' },
      { text: '세진일렉트릭', type: 'company' },
      { text: '한울에어로스페이스', type: 'company' },
      { text: '대양조선해양', type: 'company' },
    ],
  },
  {
    text: '소재 업체 다온머티리얼즈와 게임사 별빛인터랙티브, 신약 개발사 온유생명과학, 메디온바이오사이언스, 설원제당이 상장했다.',
    entities: [
      { text: '다온머티리얼즈', type: 'company' },
      { text: '별빛인터랙티브', type: 'company' },
      { text: '온유생명과학', type: 'company' },
      { text: '메디온바이오사이언스', type: 'company' },
      { text: '설원제당', type: 'company' },
    ],
  },
  // a kind noun before a quoted name types it; a loanword in 처 is not an office
  {
    text: "회사는 추론용 칩 '레니게이드'를 공개했고, 결과는 국제학술지 '네이처 일렉트로닉스'에 실렸다.",
    entities: [
      { text: '레니게이드', type: 'product' },
      { text: '네이처 일렉트로닉스', type: 'media' },
    ],
    absent: ['네이처'],
  },
  // a time word before a title (연구원 is also "researcher") is not a person
  {
    text: '퓨리오사AI도 지난달 LG AI연구원과 협력했다.',
    gazetteer: true,
    entities: [{ text: 'LG AI연구원', type: 'institute' }],
    absent: ['지난달'],
  },
  // an ambiguous listed name is kept when its sentence talks about its kind of thing
  {
    text: '카카오는 오픈AI와 손잡고 새 서비스를 내놓기로 했다.',
    gazetteer: true,
    entities: [
      { text: '카카오', type: 'company', canonical: 'Kakao' },
      { text: '오픈AI', type: 'company', canonical: 'OpenAI' },
    ],
  },
  {
    text: '서아프리카 작황 부진으로 카카오 가격이 1년 새 두 배로 올랐다.',
    gazetteer: true,
    entities: [],
    absent: ['카카오'],
  },
  {
    text: '구글은 차세대 인공지능 모델 제미나이를 공개했다.',
    gazetteer: true,
    entities: [
      { text: '구글', type: 'company' },
      { text: '제미나이', type: 'model', canonical: 'Gemini' },
    ],
  },
  // a foreign surname the dictionary knows as a person, with no title beside it
  {
    text: '페더러는 1라운드에서 탈락했다.',
    entities: [{ text: '페더러', type: 'person' }],
  },
  // a country before a body's own name is part of the name; before a common noun it is not
  {
    text: '영국 국방부는 이번 작전이 성공했다고 밝혔다.',
    gazetteer: true,
    entities: [{ text: '영국 국방부', type: 'government', canonical: null }],
  },
  {
    text: '이라크 정부는 선거 일정을 발표했다.',
    gazetteer: true,
    // a country before a common-noun body is part of it, as KLUE spans it (ko/bodies.ts)
    entities: [{ text: '이라크 정부', type: 'government', canonical: null }],
    absent: ['이라크'],
  },
  {
    text: '미 의회는 예산안을 통과시켰다.',
    gazetteer: true,
    entities: [{ text: '미 의회', type: 'government' }],
  },
  // foreign full names written as several words, before a title
  {
    text: '데이비드 애친슨 박사는 이번 조사가 끝나지 않았다고 말했다.',
    entities: [{ text: '데이비드 애친슨', type: 'person' }],
    absent: ['애친슨'],
  },
  {
    text: '인권 단체들은 이날 마틴 루터 킹 주니어 목사의 연설을 다시 낭독했다.',
    entities: [{ text: '마틴 루터 킹 주니어', type: 'person' }],
  },
  {
    text: '조시 해밀턴 선수는 홈런 더비에서 28개를 쳤다.',
    entities: [{ text: '조시 해밀턴', type: 'person' }],
  },
  {
    text: '한편 이어 열린 회의에서 대표단은 결론을 내지 못했다.',
    entities: [],
    absent: ['한편 이어', '이어'],
  },
  // organisation suffixes (invented names)
  {
    text: '한빛바이오로직스는 내년 상반기 상장을 추진한다.',
    entities: [{ text: '한빛바이오로직스', type: 'company', canonical: null }],
  },
  {
    text: '누리온연구소가 새 배터리 소재를 공개했다.',
    entities: [{ text: '누리온연구소', type: 'institute' }],
  },
  {
    text: '가람테크는 서울 성수동에 본사를 두고 있다.',
    entities: [{ text: '가람테크', type: 'company' }],
  },
  {
    text: '한울금융그룹과 다온증권이 합작사를 세운다.',
    entities: [
      { text: '한울금융그룹', type: 'company' },
      { text: '다온증권', type: 'company' },
    ],
  },
  {
    text: '미래소재학회는 올해 학술대회를 부산에서 연다.',
    entities: [{ text: '미래소재학회', type: 'institute' }],
  },
  {
    text: '산업부와 기획재정부는 지원 방안을 발표했다.',
    entities: [
      { text: '산업부', type: 'government' },
      { text: '기획재정부', type: 'government' },
    ],
  },
  {
    text: '스탠퍼드대 연구진이 논문을 냈다.',
    entities: [{ text: '스탠퍼드대', type: 'institute' }],
  },
  {
    text: '벤처기업으론 루미아(路米亞), Zorvex, 카탄커지(卡坦科技) 등이 참여한다.',
    entities: [
      { text: '루미아', type: 'company' },
      { text: '路米亞', type: 'company' },
      { text: 'Zorvex', type: 'company', canonical: 'Zorvex' },
      { text: '카탄커지', type: 'company' },
    ],
  },
  {
    text: '바론(巴倫)연구원과 협력한다.',
    entities: [{ text: '바론(巴倫)연구원', type: 'institute' }],
  },
  {
    text: '한국소재기술연구원(KMTI)은 시험 결과를 공개했다.',
    entities: [
      { text: '한국소재기술연구원', type: 'institute', canonical: null },
      { text: 'KMTI', type: 'institute' },
    ],
    same: [['한국소재기술연구원', 'KMTI']],
  },
  // words where a suffix misleads
  {
    text: '일부 내부 인사는 전부 반대했다.',
    entities: [],
    absent: ['일부', '내부', '전부'],
  },
  {
    text: '20대 직원 3대 가운데 한 대가 고장 났다.',
    entities: [],
    absent: ['20대', '3대'],
  },
  {
    text: '수열의 극한은 무한대로 발산한다.',
    entities: [],
    absent: ['무한대'],
  },
  {
    text: '수열의 극한은 무한대로 발산한다.',
    gazetteer: true,
    entities: [],
    absent: ['무한대'],
  },
  // a two-syllable foreign surname the dictionary knows, with a particle; not the nouns it mistags
  {
    text: '경찰은 스미스의 차량에서 증거를 찾았고 존슨은 이를 부인했다.',
    entities: [
      { text: '스미스', type: 'person' },
      { text: '존슨', type: 'person' },
    ],
  },
  {
    text: '기지는 폐쇄됐고 캠프에서 훈련하던 병사들은 철수했다.',
    entities: [],
    absent: ['기지', '캠프'],
  },
  // a Korean family name at the start of a place is no person (`이스탄불 주지사`)
  {
    text: '무아메르 굴러 이스탄불 주지사는 테러라고 말했다.',
    gazetteer: true,
    entities: [
      { text: '무아메르 굴러', type: 'person' },
      { text: '이스탄불', type: 'place', canonical: 'Istanbul' },
    ],
    absent: ['굴러 이스탄불'],
  },
  // parties by their ending; a common word ending in 당 is none
  {
    text: '선거에서 자유전진당이 승리했고 식당과 강당은 붐볐다.',
    entities: [{ text: '자유전진당', type: 'organization' }],
    absent: ['식당', '강당'],
  },
  {
    text: '이 방안은 타당하다는 평가를 받았다.',
    entities: [],
    absent: ['타당'],
  },
  // a listed place and a transliterated plural is a team; a common noun after a place is not
  {
    text: '보스턴 셀틱스는 어젯밤 시카고 불스를 꺾었다.',
    gazetteer: true,
    entities: [
      { text: '보스턴 셀틱스', type: 'organization' },
      { text: '시카고 불스', type: 'organization' },
    ],
    absent: ['보스턴', '시카고'],
  },
  {
    text: '시카고 버스 요금이 올랐다.',
    gazetteer: true,
    entities: [{ text: '시카고', type: 'place' }],
    absent: ['시카고 버스'],
  },
  // a country's armed forces, spaced or fused
  {
    text: '레바논 군은 국경을 봉쇄했고 시리아군은 철수했다.',
    gazetteer: true,
    entities: [
      { text: '레바논 군', type: 'government' },
      { text: '시리아군', type: 'government' },
    ],
  },
  // the medium's word after a listed media name belongs to it
  {
    text: 'CNN 방송은 폭발이 있었다고 보도했다.',
    gazetteer: true,
    entities: [{ text: 'CNN 방송', type: 'media', canonical: 'CNN' }],
  },
  // a date or a verb before a body is no part of its name
  {
    text: '3일(현지시간) 프랑스 국방부가 밝혔다. 항의하기 위해 청와대를 찾았다.',
    gazetteer: true,
    entities: [
      { text: '프랑스 국방부', type: 'government' },
      { text: '청와대', type: 'government' },
    ],
    absent: ['3일(현지시간) 프랑스 국방부', '위해 청와대'],
  },
  // a regnal number belongs to the name; an age or a count does not
  {
    text: '교황 요한 바오로 2세는 이날 미사를 집전했다.',
    entities: [{ text: '요한 바오로 2세', type: 'person' }],
  },
  {
    text: '올해 47세인 그는 37세에 은퇴했다.',
    entities: [],
    absent: ['47세', '37세'],
  },
  // a country in parentheses after a person is the person's country, not another name for them
  {
    text: '결승에서는 마르코 벨리니(이탈리아)가 우승했다.',
    gazetteer: true,
    entities: [{ text: '이탈리아', type: 'place', canonical: 'Italy' }],
    absent: ['마르코 벨리니(이탈리아)'],
  },
  // a given name the reader knows and a family name with its particle
  {
    text: '마이클 브라운펠트가 기자회견을 열었다.',
    entities: [{ text: '마이클 브라운펠트', type: 'person' }],
  },
  // a legislature or body before a committee's name is part of it
  {
    text: '하원 정보위원회는 청문회를 열었다.',
    entities: [{ text: '하원 정보위원회', type: 'government' }],
  },
  {
    text: '캐나다 연방검찰 수사위원회가 조사를 시작했다.',
    gazetteer: true,
    entities: [{ text: '캐나다 연방검찰 수사위원회', type: 'government' }],
  },
  // places the dictionary tags as persons (밀라노, 댈러스 are 인명 there): the listed place wins
  {
    text: '그는 밀라노에서 열린 회의를 마치고 댈러스로 돌아갔다.',
    gazetteer: true,
    entities: [
      { text: '밀라노', type: 'place', canonical: 'Milan' },
      { text: '댈러스', type: 'place', canonical: 'Dallas' },
    ],
  },
  {
    text: '이 사업은 수단과 목적이 모두 분명하다.',
    gazetteer: true,
    entities: [],
    absent: ['수단'],
  },
  // listed names that are also ordinary words: the adverb 달리, 한화 "Korean currency", 셸 "shell"
  {
    text: '남자와 달리 여자는 이 약을 복용할 수 있다.',
    gazetteer: true,
    entities: [],
    absent: ['달리'],
  },
  {
    text: '이적료는 3340만 달러(한화 337억원)로 알려졌다.',
    gazetteer: true,
    entities: [],
    absent: ['한화'],
  },
  {
    text: '오픈AI는 이미지 생성 모델 달리3를 공개했다.',
    gazetteer: true,
    entities: [{ text: '달리3', type: 'model', canonical: 'DALL-E' }],
  },
  {
    text: '김 연구원은 실험을 마쳤고 연구원들은 퇴근했다.',
    entities: [],
    absent: ['연구원', '김 연구원'],
  },
  {
    text: '예컨대 세대 간 격차가 크다.',
    entities: [],
    absent: ['예컨대', '세대'],
  },
  // people by title
  {
    text: '박서진 기자 psj@example.com',
    entities: [{ text: '박서진', type: 'person', canonical: 'Park Seo-jin' }],
  },
  {
    text: '최도윤 대표는 투자 유치를 밝혔다.',
    entities: [{ text: '최도윤', type: 'person' }],
  },
  {
    text: '이경무 서울대 교수는 질적 도약을 강조했다.',
    entities: [
      { text: '이경무', type: 'person' },
      { text: '서울대', type: 'institute' },
    ],
  },
  {
    text: '신임 대표는 담당 기자와 만났다.',
    entities: [],
    absent: ['신임', '담당'],
  },
  {
    text: '카르멘 톨리오 칠레 외무장관은 회견에서 입장을 밝혔다. 톨리오는 협상을 지지했다.',
    entities: [
      { text: '카르멘 톨리오', type: 'person', canonical: null },
      { text: '톨리오', type: 'person' },
      { text: '칠레', type: 'place' },
    ],
    same: [['카르멘 톨리오', '톨리오']],
  },
  {
    text: '크기가 3m가 넘고 무게가 700kg 이상이다.',
    entities: [],
    absent: ['3m', '700kg'],
  },
  {
    text: '이라크 정부는 성명을 냈다.',
    gazetteer: true,
    // a country before a common-noun body is part of it, as KLUE spans it (ko/bodies.ts)
    entities: [{ text: '이라크 정부', type: 'government', canonical: null }],
    absent: ['이라크'],
  },
  // context cues
  {
    text: '생성 AI 신생기업인 Quorix는 설립 1년 만에 유니콘이 됐다.',
    entities: [{ text: 'Quorix', type: 'company', canonical: 'Quorix' }],
  },
  {
    text: "동사의 대규모 언어모델인 'Vela-70B'는 성능이 뛰어나다.",
    entities: [{ text: 'Vela-70B', type: 'model' }],
  },
  {
    text: "테크전문 미디어 '92Hz'는 분석 결과를 발표했다.",
    entities: [{ text: '92Hz', type: 'media' }],
  },
  {
    text: '검색엔진 대형사인 쿠오렉스가 새 서비스를 냈다.',
    entities: [{ text: '쿠오렉스', type: 'company' }],
  },
  {
    text: '한울금융그룹은 지난해 금융그룹 가운데 1위였다.',
    entities: [{ text: '한울금융그룹', type: 'company' }],
    absent: ['금융그룹'],
  },
  {
    text: 'MZ세대와 기후테크 기업이 늘었다.',
    entities: [],
    absent: ['MZ세대', '기후테크'],
  },
  {
    text: "이 회사의 '하늬3'모델보다 빠르다.",
    entities: [{ text: '하늬3', type: 'model' }],
  },
  {
    text: 'Copyright © 미래일보. 무단전재 및 재배포 금지.',
    entities: [{ text: '미래일보', type: 'media' }],
  },
  // a multi-word name and a repeated one
  {
    text: '베이징 로안인공지능연구원이 대표사례다. 로안인공지능연구원은 모델을 공개했다.',
    entities: [{ text: '베이징 로안인공지능연구원', type: 'institute' }],
    same: [['베이징 로안인공지능연구원', '로안인공지능연구원']],
  },
  // quotes that are not names
  {
    text: "정부는 'AI 2030전략'과 '대뇌 프로젝트'를 추진했다.",
    entities: [],
    absent: ['AI 2030전략', '대뇌 프로젝트'],
  },
  // Latin names in Korean text
  {
    text: 'iFLYTEK과 01.AI, 36Kr가 참여했다.',
    entities: [
      { text: 'iFLYTEK', type: 'company', canonical: 'iFLYTEK' },
      { text: '01.AI', type: 'company', canonical: '01.AI' },
      { text: '36Kr', type: 'media' },
    ],
    gazetteer: true,
  },
  // gazetteer: canonical names, parenthetical aliases, short and long forms
  {
    text: '마이크로소프트(MS)와 바이두가 협력한다.',
    gazetteer: true,
    entities: [
      { text: '마이크로소프트', type: 'company', canonical: 'Microsoft' },
      { text: 'MS', type: 'company', canonical: 'Microsoft' },
      { text: '바이두', type: 'company', canonical: 'Baidu' },
    ],
    same: [['마이크로소프트', 'MS']],
  },
  {
    text: '공정거래위원회는 조사를 시작했다. 공정위는 과징금을 부과할 방침이다.',
    gazetteer: true,
    entities: [
      { text: '공정거래위원회', type: 'government' },
      { text: '공정위', type: 'government' },
    ],
    same: [['공정거래위원회', '공정위']],
  },
  {
    text: '대학으로는 칭화대, 무한대와 후단대가 참여했다.',
    gazetteer: true,
    entities: [
      { text: '칭화대', type: 'institute', canonical: 'Tsinghua University' },
      { text: '무한대', type: 'institute', canonical: 'Wuhan University' },
      { text: '후단대', type: 'institute', canonical: 'Fudan University' },
    ],
  },
];
