/**
 * Words that say a sentence is about China, Japan, or Chinese-speaking places whose names the
 * press does not write in pinyin. `tests/entities/names/origin.test.ts` holds the sentences these
 * tables are read against.
 */

/** Mainland China: the country, its cities, institutions and best-known companies. */
export const CHINA_CUES: readonly string[] = [
  '중국',
  '中國',
  '中国',
  '베이징',
  '北京',
  '상하이',
  '上海',
  '광저우',
  '항저우',
  '톈진',
  '충칭',
  '우한',
  '난징',
  '청두',
  '칭다오',
  '다롄',
  '쑤저우',
  '허페이',
  '광둥',
  '저장성',
  '장쑤',
  '쓰촨',
  '공산당',
  '국무원',
  '인민은행',
  '인민일보',
  '신화통신',
  '전인대',
  '정협',
  '국가주석',
  '알리바바',
  '텐센트',
  '바이두',
  '화웨이',
  '샤오미',
  '징둥',
  '바이트댄스',
  '틱톡',
  '비야디',
  'BYD',
  '디디추싱',
  '메이퇀',
  '핀둬둬',
  '레노버',
  '하이얼',
  '센스타임',
  '딥시크',
  '아이플라이텍',
  '지리자동차',
  'CATL',
  '닝더스다이',
  '위안화',
  '中',
];

/** Taiwan and Hong Kong, where names are not written in pinyin (`Wei Che-chia`, `Li Ka-shing`). */
export const NOT_PINYIN_CUES: readonly string[] = [
  '대만',
  '타이완',
  '臺灣',
  '台灣',
  '타이베이',
  'TSMC',
  '폭스콘',
  '훙하이',
  '홍하이',
  '홍콩',
  '香港',
  '마카오',
  'Hong Kong',
  'HONG KONG',
  'Taipei',
  'TAIPEI',
];

/** Japan: the country, its cities, institutions and best-known companies. */
export const JAPAN_CUES: readonly string[] = [
  '일본',
  '日本',
  '도쿄',
  '東京',
  '오사카',
  '교토',
  '요코하마',
  '나고야',
  '후쿠오카',
  '홋카이도',
  '오키나와',
  '자민당',
  '게이단렌',
  '닛케이',
  '요미우리',
  '아사히신문',
  '마이니치',
  'NHK',
  '소프트뱅크',
  '도요타',
  '소니',
  '닛산',
  '혼다',
  '파나소닉',
  '닌텐도',
  '라쿠텐',
  '유니클로',
  '미쓰비시',
  '미쓰이',
  '스미토모',
  '히타치',
  '도시바',
  '캐논',
  '엔화',
  '日',
];

/**
 * Common Japanese family names in Korean transcription. A one-word name in a sentence about Japan
 * that is also a possible Korean name (`오노`, `이시다`) is Japanese only when listed here.
 */
export const JAPANESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    '사토 스즈키 다카하시 다나카 와타나베 이토 야마모토 나카무라 고바야시 가토 요시다 야마다 ' +
    '사사키 야마구치 마쓰모토 이노우에 기무라 하야시 시미즈 야마자키 모리 아베 이케다 하시모토 ' +
    '야마시타 이시카와 나카지마 마에다 후지타 오가와 고토 오카다 하세가와 무라카미 곤도 이시이 ' +
    '사이토 사카모토 엔도 아오키 후지이 니시무라 후쿠다 오타 미우라 후지와라 오카모토 마쓰다 ' +
    '나카가와 나카노 하라다 오노 다무라 다케우치 가네코 와다 나카야마 이시다 우에다 모리타 ' +
    '하라 시바타 사카이 구도 요코야마 미야자키 미야모토 우치다 다카기 안도 다니구치 오노 ' +
    '마루야마 이마이 다카다 후지모토 다케다 무라타 우에노 스기야마 마스다 스가 고이즈미 ' +
    '기시다 이시바 하토야마 노다 아소 도요다 미키타니 야나이 이나모리 구로다 오시마 도쿠다 ' +
    '나카타 오타니 핫토리 혼다 마쓰시타'
  ).split(' '),
);
