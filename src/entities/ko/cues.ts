/**
 * Korean cue tables: the words that tell what kind of name a word is. Data, not logic; the
 * examples that exercise every row are in tests/entities/corpus.ko.ts.
 */
import type { EntityType } from '../../types.js';

/**
 * `strong`: the suffix alone marks a name (연구소, 위원회, 그룹).
 * `syllable`: one syllable (대, 부, 청, 처): a name when written as its own morpheme after a
 * two-syllable part (`산업부`, `칭화대`) or after a name-like part; otherwise it needs context.
 * `weak`: a common word too (전자, 신문, 바이오): the part before it must look like a name
 * (a proper noun, a foreign word the dictionary splits oddly, Latin letters) or context must
 * support it.
 */
export type SuffixStrength = 'strong' | 'syllable' | 'weak';

export interface SuffixRule {
  type: EntityType;
  strength: SuffixStrength;
  /** The suffix may stand as its own word after a name (`OpenAI 재단`, `삼성 그룹`). */
  standalone?: boolean;
  /** Words where this suffix is an ordinary word (`일부`, `20대`, `빅테크`). */
  except?: string[];
  /**
   * The exceptions also hold as endings of longer words (`MZ세대`, `참여여부`); otherwise only
   * the whole word is excepted, so that `한울금융그룹` stays a name while `금융그룹` does not.
   */
  exceptEndings?: boolean;
  /**
   * A dictionary word of three or more syllables ending in the suffix counts as written with it
   * (`재정부` in `기획재정부`, `정통부` in `과기정통부`).
   */
  insideWord?: boolean;
}

const institute = (strength: SuffixStrength, extra: Partial<SuffixRule> = {}): SuffixRule => ({
  type: 'institute',
  strength,
  ...extra,
});
const government = (strength: SuffixStrength, extra: Partial<SuffixRule> = {}): SuffixRule => ({
  type: 'government',
  strength,
  ...extra,
});
const company = (strength: SuffixStrength, extra: Partial<SuffixRule> = {}): SuffixRule => ({
  type: 'company',
  strength,
  ...extra,
});
const organization = (strength: SuffixStrength, extra: Partial<SuffixRule> = {}): SuffixRule => ({
  type: 'organization',
  strength,
  ...extra,
});
const media = (strength: SuffixStrength, extra: Partial<SuffixRule> = {}): SuffixRule => ({
  type: 'media',
  strength,
  ...extra,
});

/** Endings that make a noun an organisation's name, by the kind of organisation. */
export const KO_ORG_SUFFIXES: Record<string, SuffixRule> = {
  // institutes: universities, research bodies, academies, learned societies, foundations
  연구원: institute('weak', {
    exceptEndings: true,
    // also "researcher": 김 연구원은, 선임연구원, 연구원들
    except: ['선임연구원', '책임연구원', '수석연구원', '주임연구원', '전임연구원', '객원연구원'],
  }),
  연구소: institute('strong', { standalone: true }),
  연구센터: institute('strong', { standalone: true }),
  연구재단: institute('strong'),
  과학원: institute('strong'),
  과학기술원: institute('strong'),
  기술원: institute('strong'),
  대학교: institute('strong', { standalone: true }),
  대학원: institute('weak'),
  대학: institute('weak', { except: ['명문대학', '지방대학', '국립대학', '사립대학'] }),
  대: institute('syllable', {
    exceptEndings: true,
    except: [
      '세대',
      '시대',
      '최대',
      '확대',
      '기대',
      '반대',
      '상대',
      '부대',
      '군대',
      '무대',
      '침대',
      '절대',
      '현대',
      '근대',
      '고대',
      '거대',
      '과대',
      '극대',
      '증대',
      '중대',
      '막대',
      '관대',
      '교대',
      '지대',
      '열대',
      '한대',
      '온대',
      '접대',
      '환대',
      '초대',
      '당대',
      '역대',
      '대대',
      '강대',
      '무한대',
      '연대',
      '년대',
      '세기대',
      '명문대',
      '지방대',
      '국립대',
      '사립대',
      '전문대',
      '신대',
      '성대',
      '원대',
      '억대',
      '만대',
      '천대',
      '조대',
      '배대',
      '선대',
      '후대',
      '등대',
    ],
  }),
  학회: institute('strong', { standalone: true }),
  협회: institute('strong', { standalone: true }),
  재단: institute('strong', { standalone: true }),
  연구회: institute('strong'),
  아카데미: institute('weak'),
  학술원: institute('strong'),
  연구院: institute('strong'),
  研究院: institute('strong'),
  研究所: institute('strong'),
  大學: institute('strong'),
  大学: institute('strong'),
  學院: institute('strong'),
  学院: institute('strong'),
  // government: ministries, agencies, regulators, offices, courts
  부: government('syllable', {
    exceptEndings: true,
    insideWord: true,
    except: [
      '일부',
      '내부',
      '외부',
      '전부',
      '간부',
      '본부',
      '학부',
      '지부',
      '세부',
      '상부',
      '하부',
      '여부',
      '거부',
      '기부',
      '승부',
      '신부',
      '부부',
      '흉부',
      '복부',
      '두부',
      '환부',
      '안부',
      '포부',
      '대부',
      '국부',
      '북부',
      '남부',
      '동부',
      '서부',
      '중부',
      '요부',
      '실무부',
      '사업부',
      '영업부',
      '편집부',
      '총무부',
      '인사부',
      '개발부',
      '기획부',
      '선수부',
      '공부',
      '농부',
      '어부',
      '광부',
      '잡부',
      '시부',
      '장부',
      '폐부',
      '치부',
      '전반부',
      '후반부',
      '중반부',
      '상층부',
      '하층부',
      '수뇌부',
      '지도부',
      '집행부',
      '사령부',
      '군부',
      '취재부',
    ],
  }),
  청: government('syllable', {
    exceptEndings: true,
    insideWord: true,
    except: [
      '신청',
      '요청',
      '경청',
      '감청',
      '도청',
      '시청',
      '재청',
      '환청',
      '민청',
      '열청',
      '방청',
      '청청',
      '초청',
      '간청',
      '주청',
      '자청',
      '외청',
    ],
  }),
  처: government('syllable', {
    exceptEndings: true,
    insideWord: true,
    except: [
      '대처',
      '출처',
      '근처',
      '거처',
      '상처',
      '조처',
      '곳처',
      '처처',
      '거래처',
      '수요처',
      '공급처',
      '판매처',
      '납품처',
      '사용처',
      '연락처',
      '구입처',
      '투자처',
      '피난처',
      '은신처',
      '안식처',
      '접수처',
      '매출처',
      '조달처',
      '수출처',
      '발주처',
      '고객처',
      '관계처',
      // loanwords: `네이처`, `벤처`, `아키텍처`
      '네이처',
      '벤처',
      '퓨처',
      '피처',
      '캡처',
      '컬처',
      '텍스처',
      '스트럭처',
      '아키텍처',
      '시그니처',
      '크리처',
      '픽처',
      '미니어처',
    ],
  }),
  위원회: government('strong', { standalone: true }),
  대통령실: government('strong'),
  // `부시 행정부`: an administration named after its leader
  행정부: government('strong', { standalone: true }),
  감독원: government('strong'),
  거래소: government('weak'),
  진흥원: government('strong'),
  공사: government('weak', {
    except: ['건설공사', '도로공사중', '보수공사', '토목공사', '내부공사', '공사공사'],
  }),
  공단: government('weak', { except: ['산업공단', '공업공단'] }),
  법원: government('strong'),
  // local bodies of crime and accident news (`부산 동래경찰서`, `춘천지법`, `관악구청`)
  경찰서: government('strong'),
  소방서: government('strong'),
  지법: government('strong'),
  고법: government('strong'),
  구청: government('strong'),
  시청: government('syllable', {
    except: ['TV시청', '티비시청', '방송시청', '영상시청', '동영상시청'],
  }),
  군청: government('strong'),
  검찰청: government('strong'),
  지검: government('weak'),
  의회: government('strong', { standalone: true }),
  委員會: government('strong'),
  部: government('weak'),
  局: government('weak'),
  // parties and other organisations (`민주당`, `노동당`, `파타당`, `월터 리드 보훈병원`)
  당: organization('syllable', {
    exceptEndings: true,
    insideWord: true,
    except: (
      '식당 강당 성당 사당 서당 전당 본당 명당 회당 법당 정당 여당 야당 신당 창당 탈당 입당 합당 ' +
      '분당 해당 담당 상당 적당 당당 부당 할당 배당 충당 감당 응당 일당 도당 잔당 악당 무당 ' +
      '포도당 과당 젖당 유당 혈당 시당 중앙당 지구당 집권당 소수당 다수당 군소당 제1당 원내1당 ' +
      '반대당 자당 양당 각당 예배당 공회당'
    ).split(' '),
  }),
  // international and civic bodies: `세계보건기구`, `국제축구연맹`, `전국경제인연합회`, `금속노조`
  기구: organization('strong', {
    exceptEndings: true,
    except: (
      '열기구 국제기구 행정기구 자문기구 감독기구 산하기구 정부기구 민간기구 비정부기구 ' +
      '국가기구 전담기구 협의기구 상설기구 조직기구 운동기구 보조기구 의료기구 측정기구 기계기구 ' +
      '가구기구 합의기구 집행기구 의결기구 심의기구 기관기구'
    ).split(' '),
  }),
  연맹: organization('strong', { except: ['연맹'] }),
  연합회: organization('strong', { except: ['연합회'] }),
  노조: organization('strong', { except: ['노조', '귀족노조', '강성노조', '산별노조'] }),
  노동조합: organization('strong', { except: ['노동조합'] }),
  조직위원회: organization('strong', { standalone: true }),
  올림픽위원회: organization('strong'),
  적십자사: organization('strong'),
  재판소: government('strong', { except: ['재판소'] }),
  의료원: organization('strong'),
  대표팀: organization('strong'),
  사관학교: institute('strong'),
  병원: organization('weak', {
    except: ['대학병원', '종합병원', '동물병원', '요양병원', '정신병원', '개인병원', '전문병원'],
  }),
  // companies
  전자: company('weak', { except: ['가전자', '전전자', '양전자', '광전자', '전자'] }),
  그룹: company('strong', {
    standalone: true,
    except: ['금융그룹', '대기업그룹', '소그룹', '빅그룹'],
  }),
  은행: company('strong', {
    except: ['중앙은행', '시중은행', '지방은행', '인터넷은행', '투자은행'],
  }),
  증권: company('weak', { except: ['유가증권', '금융증권'] }),
  홀딩스: company('strong', { standalone: true }),
  테크: company('syllable', {
    exceptEndings: true,
    except: [
      '빅테크',
      '핀테크',
      '딥테크',
      '에듀테크',
      '푸드테크',
      '하이테크',
      '기후테크',
      '농업테크',
      '금융테크',
      '애그테크',
      '헬스테크',
      '리걸테크',
      '프롭테크',
      '클린테크',
      '그린테크',
      '로우테크',
    ],
  }),
  텔레콤: company('strong'),
  생명: company('weak', { except: ['인공생명', '신생명'] }),
  화재: company('weak', { except: ['대형화재', '산불화재'] }),
  보험: company('weak', { except: ['건강보험', '고용보험', '산재보험', '실손보험', '자동차보험'] }),
  캐피탈: company('strong'),
  카드: company('weak', { except: ['신용카드', '체크카드', '교통카드'] }),
  제약: company('weak'),
  바이오: company('weak'),
  바이오로직스: company('strong'),
  로직스: company('weak'),
  건설: company('weak', { except: ['주택건설', '도로건설'] }),
  중공업: company('strong'),
  화학: company('weak', { except: ['석유화학', '정밀화학', '유기화학'] }),
  케미칼: company('strong'),
  케미컬: company('strong'),
  물산: company('strong'),
  상사: company('weak', { except: ['직장상사', '종합상사'] }),
  제철: company('strong'),
  반도체: company('weak', {
    except: ['시스템반도체', '메모리반도체', '전력반도체', '차량용반도체'],
  }),
  디스플레이: company('weak'),
  에너지솔루션: company('strong'),
  솔루션: company('weak'),
  엔터테인먼트: company('strong'),
  엔터: company('weak'),
  자동차: company('weak', { except: ['전기자동차', '수소자동차', '자율주행자동차', '미래자동차'] }),
  모터스: company('strong'),
  항공: company('weak', { except: ['민간항공', '우주항공', '도심항공'] }),
  해운: company('weak'),
  소프트: company('weak'),
  네트웍스: company('strong'),
  시스템즈: company('strong'),
  랩스: company('strong'),
  커지: company('weak'),
  페이: company('weak'),
  뱅크: company('weak'),
  파이낸셜: company('strong'),
  금융지주: company('strong'),
  자산운용: company('strong'),
  투자증권: company('strong'),
  벤처스: company('strong'),
  파트너스: company('strong'),
  인베스트먼트: company('strong'),
  벤처투자: company('strong'),
  창업투자: company('strong'),
  기술투자: company('strong'),
  테크놀로지: company('strong'),
  테크놀로지스: company('strong'),
  일렉트릭: company('strong'),
  에어로스페이스: company('strong'),
  조선해양: company('strong'),
  머티리얼즈: company('strong'),
  인터랙티브: company('strong'),
  생명과학: company('strong'),
  바이오사이언스: company('strong'),
  제당: company('strong'),
  커머스: company('weak'),
  푸드: company('weak'),
  이노베이션: company('weak'),
  게임즈: company('strong'),
  로보틱스: company('strong'),
  모빌리티: company('weak'),
  헬스케어: company('weak'),
  코리아: company('weak'),
  科技: company('strong'),
  公司: company('strong'),
  集團: company('strong'),
  集团: company('strong'),
  銀行: company('strong'),
  银行: company('strong'),
  社: company('weak'),
  // media
  신문: media('weak', {
    except: ['종이신문', '지역신문', '일간신문', '경제신문', '조간신문', '석간신문'],
  }),
  일보: media('strong'),
  방송: media('weak', { except: ['생방송', '재방송', '공중파방송', '지상파방송', '케이블방송'] }),
  통신: media('weak', { except: ['이동통신', '정보통신', '무선통신', '위성통신', '유선통신'] }),
  뉴스: media('weak', { except: ['가짜뉴스', '속보뉴스'] }),
  타임스: media('strong'),
  저널: media('weak'),
  新聞: media('strong'),
  日報: media('strong'),
  日报: media('strong'),
};

/**
 * Bodies whose committees and organs are named after them (`[상원 군사위원회]`, `[미 상원 금융위원회]`,
 * `[연방검찰 조사위원회]`): written before a body's name, they are part of it.
 */
export const KO_BODY_HEADS: ReadonlySet<string> = new Set([
  '상원',
  '하원',
  '의회',
  '국회',
  '연방검찰',
  '연방의회',
  '당',
  '유엔',
]);

/** Words after a media name that belong to it (`[이타르타스 통신]`, `[NHK 방송]`, `[ABC 라디오]`). */
export const KO_MEDIA_TAILS: ReadonlySet<string> = new Set([
  '통신',
  '방송',
  '라디오',
  'TV',
  '텔레비전',
]);

/**
 * A place followed by a transliterated plural or club word is a team (`뉴욕 양키스`, `테네시
 * 타이탄스`, `맨체스터 유나이티드`): English team names are a city or state and a plural noun.
 */
export const KO_TEAM_ENDINGS = /(?:[스즈츠]|유나이티드|시티|FC)$/;

/** Words for a country's armed forces after its name (`세르비아 군`, `파키스탄군`). */
export const KO_MILITARY_WORDS: ReadonlySet<string> = new Set([
  '군',
  '군대',
  '해군',
  '공군',
  '육군',
]);

/**
 * What news writes after a surname or letter instead of a full name: `박씨`, `A 씨`, `A군`, `B양`
 * (`모` before them, "so-and-so", is read with the surname: `김모씨`).
 */
export const KO_NAMELESS_APPELLATIONS: readonly string[] = ['씨', '군', '양'];

/** Titles after a name that make it a person (`길재식 기자`, `이경무 서울대 교수`). */
export const KO_PERSON_TITLES: ReadonlySet<string> = new Set([
  // police ranks, candidates, and others after a surname in crime and election news (`김모(45) 경위`)
  '경위',
  '경장',
  '경사',
  '경감',
  '경정',
  '총경',
  '순경',
  '상경',
  '후보',
  '후보자',
  '당선인',
  '당선자',
  '교육감',
  '도지사',
  '주지사',
  '원내대표',
  '총괄회장',
  '사무국장',
  '국정원장',
  '지청장',
  '서장',
  '시의원',
  '도의원',
  '영사',
  '목사',
  '교사',
  '작가',
  '코치',
  '아나운서',
  '기자',
  '특파원',
  '논설위원',
  '대표',
  '대표이사',
  '교수',
  '회장',
  '부회장',
  '명예회장',
  '사장',
  '부사장',
  '전무',
  '상무',
  '이사',
  '이사장',
  '장관',
  '차관',
  '씨',
  '의원',
  '대통령',
  '총리',
  '국무총리',
  '부총리',
  '위원장',
  '부위원장',
  '원장',
  '부원장',
  '총장',
  '처장',
  '청장',
  '실장',
  '수석',
  '비서관',
  '대변인',
  // military ranks after a soldier's name (`제로니모 라미레즈 이병`)
  '이병',
  '일병',
  '상병',
  '병장',
  '하사',
  '중사',
  '소위',
  '중위',
  '대위',
  '소령',
  '중령',
  '대령',
  '준장',
  '국장',
  '팀장',
  '본부장',
  '센터장',
  '소장',
  '박사',
  '감독',
  '선수',
  '변호사',
  '판사',
  '검사',
  '검찰총장',
  '창업자',
  '창업주',
  '최고경영자',
  '의장',
  '총재',
  '주석',
  '총통',
  '여사',
  '대사',
  '지사',
  '시장',
  '군수',
  '구청장',
  '애널리스트',
  '연구위원',
  '선임연구원',
  '책임연구원',
  '수석연구원',
  '연구원',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  '최고기술책임자',
  '사무총장',
  '총영사',
  '부장',
  '차장',
  '과장',
  '행장',
  '은행장',
  '조합장',
  '단장',
  '고문',
  '위원',
]);

/** Words before a title that are not names (`신임 대표`, `담당 기자`). */
export const KO_NOT_NAMES: ReadonlySet<string> = new Set([
  // common words the dictionary tags as people or places (`(이하 공정위)`, `정동극장 내부`)
  '이하',
  '내부',
  '외부',
  '바이오',
  '팩토리',
  '이용자',
  // determiners and descriptions before a title (`어느 후보`, `야당 후보`), directions
  '어느',
  '해당',
  '유력',
  '여당',
  '야당',
  '단일',
  '무소속',
  '남부',
  '북부',
  '동부',
  '서부',
  '신임',
  '공동',
  '담당',
  '취재',
  '객원',
  '명예',
  '초대',
  '전임',
  '현직',
  '전직',
  '수석',
  '해당',
  '소속',
  '관계',
  '당시',
  '현',
  '전',
  '각자',
  '대표',
  '부',
  '총',
  '전문',
  '주요',
  '국내',
  '해외',
  '한국',
  '중국',
  '미국',
  '일본',
  '정부',
  '여당',
  '야당',
  '민간',
  '외국인',
  '사외',
  '사내',
  '상임',
  '비상임',
  '지역',
  '교체',
  '후임',
  '차기',
  '역대',
  '내정',
  '임명',
  '선출',
  '유력',
  '등',
  '및',
  '이번',
  '지난',
  '지난달',
  '지난해',
  '지난주',
  '이날',
  '전날',
  '최근',
  '현재',
  '올해',
  '작년',
  '내년',
  '모',
  '한',
  '두',
  '세',
  '여러',
  '다른',
  '같은',
]);

/**
 * Particles after which a two-syllable word the dictionary tags as a person is read as a name
 * (`존슨은`, `부시의`, `커리를`); bare, such a word is too often a mistagged noun or a given name.
 */
export const KO_NAME_PARTICLE =
  /^(?:은|는|이|가|의|을|를|와|과|에게|에게서|도|만|조차|까지|이나|나|이라고|라고|이라는|라는|측)/;

/**
 * Common nouns mecab-ko-dic tags as 인명 (seen on the news part of the shared corpus): with a
 * particle they would otherwise read as a foreign surname.
 */
export const KO_NOT_SURNAMES: ReadonlySet<string> = new Set(
  (
    '기지 캠프 강행 화산 체포 남부 민영 상임 이하 자칭 유사 신형 타입 타임 모닝 에어 골드 실버 러브 ' +
    '올드 다크 가다 버진 로드 스톤 니켈 디바 하버 모드 라지 노벨 리버 트루 폭스 누리 포커 코튼'
  ).split(' '),
);

/** Korean family names (one and two syllables), the first syllable(s) of most Korean names. */
export const KO_SURNAMES: ReadonlySet<string> = new Set(
  (
    '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 ' +
    '하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 ' +
    '표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 ' +
    '음 빈 동 온 호 범 좌 팽 승 간 상 갈 시 단 견 당 화 창 옹 라 나 남궁 황보 제갈 선우 독고 사공 ' +
    '서문 동방'
  ).split(' '),
);

/**
 * Nouns that say what kind of thing the following name is (`신생기업인 01.AI`,
 * `테크전문 미디어 '36Kr'`, `언어모델인 'Yi-34B'`), matched at the end of the preceding word.
 */
export const KO_TYPE_NOUNS: Record<string, EntityType> = {
  기업: 'company',
  업체: 'company',
  회사: 'company',
  스타트업: 'company',
  벤처: 'company',
  빅테크: 'company',
  제조사: 'company',
  대형사: 'company',
  자회사: 'company',
  계열사: 'company',
  모회사: 'company',
  경쟁사: 'company',
  개발사: 'company',
  게임사: 'company',
  제약사: 'company',
  투자사: 'company',
  운영사: 'company',
  협력사: 'company',
  고객사: 'company',
  은행: 'company',
  증권사: 'company',
  운용사: 'company',
  보험사: 'company',
  통신사: 'company',
  유니콘: 'company',
  미디어: 'media',
  매체: 'media',
  언론: 'media',
  언론사: 'media',
  일간지: 'media',
  신문: 'media',
  방송사: 'media',
  모델: 'model',
  언어모델: 'model',
  챗봇: 'model',
  LLM: 'model',
  대학: 'institute',
  연구기관: 'institute',
  연구소: 'institute',
  싱크탱크: 'institute',
  학회: 'institute',
  부처: 'government',
  규제기관: 'government',
  규제당국: 'government',
  서비스: 'product',
  앱: 'product',
  애플리케이션: 'product',
  브랜드: 'product',
  스마트폰: 'product',
  플랫폼: 'product',
  칩: 'product',
  제품: 'product',
  신제품: 'product',
  전기차: 'product',
  신차: 'product',
  신약: 'product',
  치료제: 'product',
  게임: 'product',
  학술지: 'media',
  저널: 'media',
  잡지: 'media',
  매거진: 'media',
};

/** Nouns right after a name that give its type (`'라마2' 모델`, `'카카오T' 서비스`). */
export const KO_FOLLOWING_TYPE_NOUNS: Record<string, EntityType> = {
  모델: 'model',
  언어모델: 'model',
  챗봇: 'model',
  서비스: 'product',
  앱: 'product',
  플랫폼: 'product',
  측: 'organization',
  社: 'company',
  사: 'company',
  구단: 'organization',
};

/**
 * Of the nouns above, those that type the bare word before them too, not only a quoted name
 * (`양키스 구단`, `페덱스 사`): they follow names and hardly anything else.
 */
export const KO_FOLLOWING_KIND_WORDS: ReadonlySet<string> = new Set(['구단', '사', '社']);

/**
 * A government-like body whose name opens with `국제` and has no country before it is an
 * international organisation (`국제원자력기구`, `국제적십자위원회`, `국제사법재판소`); with a country
 * it stays that country's (`미국 국제무역위원회`).
 */
export const KO_INTERNATIONAL_PREFIX = '국제';

/** Endings of the word before a list that types every item (`벤처기업으론 A, B, C 등`). */
export const KO_LIST_HEAD_ENDINGS: readonly string[] = [
  '으로는',
  '로는',
  '으론',
  '론',
  '에는',
  '엔',
  '에선',
  '에서는',
];

/** Particles and copulas a name may carry, used when the tokens do not mark them. */
export const KO_PARTICLE_POS = /^(J|E|VCP|XSV|XSA|VX)/;

/**
 * Given names of foreign people as Korean news transliterates them. The dictionary reads many of
 * them as common nouns in context (`데이비드/NNG`); before another name word and a title
 * (`데이비드 애친슨 박사`) they start a full name.
 */
export const KO_FOREIGN_GIVEN_NAMES: ReadonlySet<string> = new Set([
  '데이비드',
  '데이빗',
  '존',
  '마이클',
  '조지',
  '로버트',
  '제임스',
  '윌리엄',
  '리처드',
  '리차드',
  '토마스',
  '토머스',
  '크리스토퍼',
  '폴',
  '마크',
  '피터',
  '버락',

  '힐러리',
  '도널드',
  '조',
  '빌',
  '찰스',
  '앤드루',
  '앤드류',
  '스티븐',
  '스티브',
  '케빈',
  '브라이언',
  '에릭',
  '프랭크',
  '프랑크',
  '헨리',
  '잭',
  '마리아',
  '안나',
  '엘리자베스',
  '메리',
  '제니퍼',
  '사라',
  '니콜라',
  '니콜라스',
  '블라디미르',
  '드미트리',
  '세르게이',
  '알렉산더',
  '알렉산드르',
  '장',
  '피에르',
  '미셸',
  '앙겔라',
  '하산',
  '무함마드',
  '모하메드',
  '알리',
  '아흐마드',
  '압둘라',
  '팀',
  '제프',
  '일론',
  '사티아',
  '순다르',
  '젠슨',
  '마윈',
  '리사',
  '샘',
  '래리',
  '세르게이',
  '벤',
  '닉',
  '톰',
  '짐',
  '케이트',
  '에밀리',
  '올리비아',
  '루이스',
  '카를로스',
  '호세',
  '후안',
  '마르코',
  '파울로',
]);

/** One-syllable country names of Korean headlines and prose (`미 의회`, `中 상무부`). */
export const KO_COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  '미',
  '영',
  '중',
  '일',
  '러',
  '독',
  '불',
  '북',
  '한',
  '美',
  '中',
  '日',
  '英',
  '佛',
  '獨',
  '露',
  '北',
]);

/** Names of Korea itself: before a body's name they do not change which body it is. */
export const KO_HOME_COUNTRY: ReadonlySet<string> = new Set(['한국', '대한민국', '우리', '한']);

/**
 * A unit of an address after a place (`사하구`, `매교동`, `영북면`, `야미리`, `을지로 2가`,
 * `캘리포니아 주`): with the place before it, one place (`부산시 사하구 하단동`).
 */
export const KO_ADMIN_UNIT =
  /^(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구|읍|면|동|리|로|길)|\d{1,2}가|주|성|현)$/;

/** Province abbreviations that start an address (`경기 수원시`), never a place on their own here. */
export const KO_PROVINCE_SHORT: ReadonlySet<string> = new Set(
  '경기 강원 충북 충남 전북 전남 경북 경남 제주'.split(' '),
);

/** Facility words fused to a place that make the whole word a place (`서울광장`, `서울역`). */
export const KO_PLACE_FACILITIES: ReadonlySet<string> = new Set(
  (
    '광장 역 공원 공항 국제공항 항 대교 타워 마을 사거리 해수욕장 경기장 월드컵경기장 ' +
    '종합운동장 체육관 터미널 고속버스터미널 톨게이트 나들목 분기점'
  ).split(' '),
);

/**
 * Verbs of a party acting (announcing, deciding, sanctioning, launching, demanding, winning):
 * a country or city as their subject is its state or administration (`북한이 … 발사했다`).
 */
export const KO_PARTY_ACTS =
  /발표|밝혔|밝히|결정|제재|발사|요구|주장|비난|규탄|거부|경고|허용|금지|추진|시행|합의|제안|부과|인상|인하|승인|통보|요청|선언|촉구|반발|항의|채택|도입|체포|이겼|승리|패했|꺾|제압|압박|위협|도발|보복|협상|파견|철수|배치|승점|항복|공격|격파/;

/** Particles that make a place the subject or topic of its clause (`북한이`, `미국은`). */
export const KO_PARTY_PARTICLES: ReadonlySet<string> = new Set(['이', '가', '은', '는', '도']);

/**
 * Common nouns news uses for a state body (`경찰은`, `검찰이`, `소방당국에`), each with the listed
 * Korean form of the home country's body it names in a domestic story, or null where it names no
 * one body (`법원`, `당국`). KLUE tags all of them OG (train counts: 경찰 605, 정부 263, 검찰 243,
 * 법원 67, 군 38, 보건당국 18, 소방당국 22, 재판부 12; KLUE-NER train split, CC BY-SA 4.0). `국회`
 * and `해경` are listed names already.
 */
export const KO_COMMON_BODIES: ReadonlyMap<string, string | null> = new Map([
  ['경찰', '경찰청'],
  ['경찰당국', '경찰청'],
  ['검찰', '대검찰청'],
  ['정부', '한국 정부'],
  ['군', '국군'],
  ['군당국', '국군'],
  ['소방당국', '소방청'],
  ['보건당국', '질병관리청'],
  ['방역당국', '질병관리청'],
  ['법원', null],
  ['재판부', null],
  ['당국', null],
  ['수사당국', null],
  ['사법당국', null],
  ['외교당국', null],
  ['금융당국', null],
  ['교육당국', null],
  ['치안당국', null],
  ['정보당국', null],
]);

/** Common nouns for a country's institutions: `이라크 정부` is the place and a common noun. */
export const KO_GENERIC_BODIES: ReadonlySet<string> = new Set([
  '정부',
  '당국',
  '경찰',
  '군',
  '군대',
  '주정부',
  '중앙정부',
  '지방정부',
  '반정부',
]);

/**
 * What written together after a place makes a compound that is not the place's name: people
 * (`미국인`, `한족`), languages (`중국어`), styles and descent (`한국식`, `중국계`).
 */
export const KO_FUSED_NOT_PLACE: ReadonlySet<string> = new Set(
  '인 인들 어 족 계 식 풍 말 글 화 적 판'.split(' '),
);

/** Words that say the name after them is an AI model (`LLM 솔라 2`, `언어모델 미드나잇 1.0`). */
export const KO_MODEL_HEADS: ReadonlySet<string> = new Set(
  (
    '모델 LLM sLLM 언어모델 대형언어모델 거대언어모델 대규모언어모델 AI모델 인공지능모델 ' +
    '파운데이션모델 추론모델 챗봇 생성형AI 초거대AI'
  ).split(' '),
);

/**
 * A version after a listed model's name, not a quantity: `제미나이 2.0`, `클로드 3.5`; not
 * `라마 3마리`, `어니 4.0%`. The tier and size after it (`소네트`, `Pro`, `405B`) are read by
 * shared/model-tail.ts.
 */
export const KO_MODEL_VERSION =
  /^ ?v?\d{1,2}(?:\.\d{1,2})?(?![\d.%]| ?(?:억|조|만|천|원|년|월|일|명|개|배|위|시|분|초|세|마리|달러|배럴|주|회|차|번|층|호|대))/;

/**
 * Titles that say what kind of body the word before them is (`김도윤 루멘스택 대표`,
 * `이경무 서울대 교수`), matched as the longest ending of the title word (`대표이사` before `대표`).
 */
export const KO_TITLE_AFFILIATIONS: Record<string, EntityType> = {
  대표이사: 'company',
  대표: 'company',
  부회장: 'company',
  회장: 'company',
  사장: 'company',
  최고경영자: 'company',
  CEO: 'company',
  창업자: 'company',
  교수: 'institute',
  총장: 'institute',
  연구위원: 'institute',
  감독: 'organization',
  구단주: 'organization',
};

/** `(대표 채명수)`, `(총장 유홍림)`: a role and a Korean name in parentheses after a body. */
export const KO_PAREN_ROLE =
  /^(대표이사|대표|회장|사장|원장|총장|이사장|위원장|CEO)\s+([\uac00-\ud7a3]{2,4})$/;

/**
 * Common loanwords that end words naming things, never people (`에코시스템`, `빅데이터`,
 * `클라우드서비스`): mecab-ko-dic tags a few such words 인명.
 */
export const KO_LOANWORD_ENDINGS =
  /(?:시스템|플랫폼|서비스|솔루션|네트워크|프로그램|센터|클라우드|데이터|에너지|테크놀로지|소프트웨어|하드웨어|콘텐츠|마케팅|비즈니스|프로젝트|인프라)$/;

/**
 * Platforms, by the form written: the service's English name (its `product` reading) and a listed
 * form of the business that runs it (its `company` reading when it acts). See platforms.ts.
 */
export const KO_PLATFORMS: ReadonlyMap<string, { service: string; operator: string }> = new Map(
  (
    [
      ['페이스북 Facebook', 'Facebook', '메타'],
      ['인스타그램 Instagram', 'Instagram', '인스타그램'],
      ['트위터 Twitter', 'Twitter', '트위터'],
      ['유튜브 YouTube', 'YouTube', '유튜브'],
      ['카카오톡 카톡 KakaoTalk', 'KakaoTalk', '카카오'],
      ['틱톡 TikTok', 'TikTok', '틱톡'],
      ['위챗 웨이신 WeChat', 'WeChat', '텐센트'],
      ['웨이보 Weibo', 'Weibo', '웨이보'],
      ['왓츠앱 WhatsApp', 'WhatsApp', '왓츠앱'],
    ] as const
  ).flatMap(([forms, service, operator]) =>
    forms.split(' ').map((form) => [form, { service, operator }] as const),
  ),
);

/**
 * Verbs of a business acting (announcing, providing, removing, suing, buying): a platform as
 * their subject is the company (`유튜브는 … 삭제했다고 밝혔다`).
 */
export const KO_PLATFORM_ACTS =
  /발표|밝혔|밝히|결정|제공|삭제|차단|정지|중단|폐쇄|인수|투자|출시|도입|시행|요구|주장|거부|허용|금지|합의|제소|고소|공개|선보|내놨|개편|부과|인상|인하|해고|감원|채용|사과|해명|반박|경고|항소|소송/;

/** Words after a platform that speak of the business (`유튜브 대변인`, `유튜브 창사 이래`). */
export const KO_PLATFORM_BUSINESS: ReadonlySet<string> = new Set(
  '대변인 관계자 본사 창업자 공동창업자 최고경영자 CEO 대표 경영진 임원 직원 창사 창립 설립 주가 매출 실적 인수'.split(
    ' ',
  ),
);

/** Verbs whose object is the business, not the service: `유튜브를 소유한 구글`, `트위터를 인수한`. */
export const KO_PLATFORM_OWNED = /^(?:소유|인수|운영|매각)/;

/** A platform as the other party of a legal action: `유튜브에 대한 … 소송`, `트위터를 상대로`. */
export const KO_PLATFORM_LEGAL = /소송|제소|고소|과징금|제재|조사/;
