/**
 * How news marks its author and publisher, as a table of patterns. Each rule says which groups
 * hold the reporter, e-mail and publisher; `standalone` rules describe a whole line that is only a
 * byline (it is then kept out of the body), the others find a byline inside a line.
 * Examples for every rule are in tests/text/byline.corpus.ts.
 */
export interface BylineRule {
  name: string;
  pattern: RegExp;
  /** The whole line is byline, not body. */
  standalone: boolean;
}

const KO_NAME = '[가-힣]{2,4}';
const KO_ROLE = '(?:선임기자|전문기자|객원기자|수습기자|기자|특파원|논설위원|칼럼니스트|통신원)';
const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+';
const EN_NAME = "[A-Z][A-Za-z.'’-]+(?:\\s+(?:[A-Z][A-Za-z.'’-]+|van|von|de|del|da|bin))*";

export const BYLINE_RULES: BylineRule[] = [
  // 길재식 기자 osolgil@etnews.com / 홍길동 기자(hong@yna.co.kr) / 홍길동 기자 = …
  {
    name: 'ko-reporter-line',
    pattern: new RegExp(
      `^(?<reporter>${KO_NAME})\\s*${KO_ROLE}\\s*[(<]?\\s*(?<email>${EMAIL})?\\s*[)>]?$`,
    ),
    standalone: true,
  },
  // /홍길동 기자 hong@…  (closing credit after a slash)
  {
    name: 'ko-slash-credit',
    pattern: new RegExp(
      `^[/／]\\s*(?<reporter>${KO_NAME})\\s*${KO_ROLE}\\s*(?<email>${EMAIL})?\\s*$`,
    ),
    standalone: true,
  },
  // (서울=연합뉴스) 홍길동 기자 = 본문…
  {
    name: 'ko-dateline',
    pattern: new RegExp(
      `^\\((?:[가-힣A-Za-z ]+)=(?<publisher>[^)]+)\\)\\s*(?:(?<reporter>${KO_NAME})\\s*${KO_ROLE})?`,
    ),
    standalone: false,
  },
  // [전자신문 홍길동 기자] 본문… / [이데일리 홍길동 기자]
  {
    name: 'ko-bracket-credit',
    pattern: new RegExp(`^\\[(?<publisher>[^\\]\\s]+)\\s+(?<reporter>${KO_NAME})\\s*${KO_ROLE}\\]`),
    standalone: false,
  },
  // By Jane Doe / By Jane Doe and John Roe, Reuters
  {
    name: 'en-by-line',
    pattern: new RegExp(
      `^By\\s+(?<reporter>${EN_NAME})(?:\\s+and\\s+${EN_NAME})*(?:\\s*[,|]\\s*(?<publisher>[A-Z][\\w .&-]+))?$`,
    ),
    standalone: true,
  },
  // (Reporting by Jane Doe; Editing by John Roe)
  {
    name: 'en-reporting-by',
    pattern: new RegExp(`^\\(Reporting by (?<reporter>${EN_NAME})[^)]*\\)$`),
    standalone: true,
  },
  // A bare e-mail line at the end of an article.
  { name: 'email-line', pattern: new RegExp(`^(?<email>${EMAIL})$`), standalone: true },
];

/** Copyright notices; `publisher` is who holds it. */
export const COPYRIGHT_RULES: RegExp[] = [
  // Copyright © 전자신문. 무단전재 및 재배포 금지. / Copyright © 2024 Reuters. All rights reserved.
  /^(?:Copyright|COPYRIGHT|copyright)\s*(?:©|ⓒ|\(c\)|\(C\))?\s*(?:\d{4}(?:[-–]\d{4})?\s*)?(?<publisher>[^.,,。<>]+?)\s*(?:[.,]|All rights|무단|$)/,
  // <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> / 저작권자 © 한겨레
  /^<?\s*저작권자\s*(?:©|ⓒ|\(c\)|\(C\))?\s*(?<publisher>[^,.>]+?)\s*(?:[,.>]|무단|$)/,
  // ⓒ 한국경제신문 … / © 2023 The Associated Press. All rights reserved.
  /^(?:©|ⓒ)\s*(?:\d{4}\s*)?(?<publisher>[^.,<>]+?)\s*(?:[.,]|All rights|무단|$)/,
];

/** A line that only says the article may not be copied (no publisher named). */
export const RIGHTS_NOTICE = /무단\s*전재|재배포\s*금지|All rights reserved/i;

/** Lines that list related articles, after the article proper. */
export const RELATED_LIST_ITEM =
  /^(?:[-·•▶▷☞※]\s|\[관련기사\]|관련기사|Related:|Read more:|See also:)/;

/** Page furniture above the body: publication and update stamps. */
export const STAMP_LINE =
  /^(?:입력|수정|승인|기사입력|최종수정|등록|업데이트|Published|Updated|Posted)\s*[:：]?\s*\d{2,4}[.\-/년]/;
