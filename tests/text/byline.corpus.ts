/**
 * Examples for src/text/byline-rules.ts: article texts as news sites print them, with the byline
 * they carry. Written by hand; each one is a test.
 */
import type { Byline } from '../../src/types.js';

export interface BylineCase {
  name: string;
  text: string;
  byline: Byline;
  /** Lines that must not be counted as body. */
  notBody?: string[];
}

const none = { reporter: null, email: null, publisher: null };

export const BYLINE_CASES: BylineCase[] = [
  {
    name: 'Korean closing credit with e-mail and copyright',
    text: '삼성전자, 3분기 영업이익 10조 돌파\n삼성전자가 3분기 영업이익 10조원을 넘어섰다고 밝혔다.\n홍길동 기자 hong@etnews.com\nCopyright © 전자신문. 무단전재 및 재배포 금지.\n',
    byline: { reporter: '홍길동', email: 'hong@etnews.com', publisher: '전자신문' },
    notBody: ['홍길동 기자 hong@etnews.com', 'Copyright © 전자신문. 무단전재 및 재배포 금지.'],
  },
  {
    name: 'Yonhap dateline and notice in angle brackets',
    text: '정부, 반도체 지원 확대\n(서울=연합뉴스) 김민수 기자 = 정부가 반도체 산업 지원을 확대한다.\n정부는 17일 이런 내용을 발표했다.\nkms@yna.co.kr\n<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
    byline: { reporter: '김민수', email: 'kms@yna.co.kr', publisher: '연합뉴스' },
    notBody: ['kms@yna.co.kr'],
  },
  {
    name: 'bracketed credit opening the body',
    text: 'LG엔솔, 북미 공장 증설\n[이데일리 박지훈 기자] LG에너지솔루션이 북미 공장을 증설한다고 밝혔다.\n회사는 투자 규모를 공개하지 않았다.',
    byline: { reporter: '박지훈', email: null, publisher: '이데일리' },
  },
  {
    name: 'reporter with e-mail in parentheses',
    text: '카카오, 새 대표 선임\n카카오가 새 대표를 선임했다.\n이수진 기자(sjlee@hankyung.com)',
    byline: { reporter: '이수진', email: 'sjlee@hankyung.com', publisher: null },
    notBody: ['이수진 기자(sjlee@hankyung.com)'],
  },
  {
    name: 'English byline under the headline and a copyright footer',
    text: 'Baidu unveils new Ernie model\nBy Jane Doe\nBEIJING (Reuters) - Baidu on Tuesday unveiled a new version of its Ernie model.\nThe company said it rivals GPT-4.\n© 2023 Reuters. All rights reserved.',
    byline: { reporter: 'Jane Doe', email: null, publisher: 'Reuters' },
    notBody: ['By Jane Doe', '© 2023 Reuters. All rights reserved.'],
  },
  {
    name: 'English reporting credit at the end',
    text: 'Samsung profit jumps\nSamsung Electronics said its operating profit rose sharply.\n(Reporting by Joyce Lee; Editing by Sam Holmes)',
    byline: { reporter: 'Joyce Lee', email: null, publisher: null },
    notBody: ['(Reporting by Joyce Lee; Editing by Sam Holmes)'],
  },
  {
    name: 'no byline at all',
    text: '짧은 공지\n오늘 서비스 점검이 있습니다. 이용에 참고 바랍니다.',
    byline: none,
  },
];
