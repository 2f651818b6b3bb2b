/**
 * Chinese figures (news register only: no colloquial 块/毛/蚊), as quoted in Korean articles and
 * in Chinese news. Written by hand.
 */
import { type Case, m } from './cases.js';

const 亿 = 1e8;
const 万 = 1e4;

export const ZH_CASES: Case[] = [
  {
    about: 'digits 亿元',
    input: '公司去年营收达到8687亿元，同比增长8%。',
    expect: [m('8687亿元', 8687 * 亿, 'CNY')],
  },
  {
    about: '元人民币',
    input: '该基金规模为500亿元人民币。',
    expect: [m('500亿元人民币', 500 * 亿, 'CNY')],
  },
  {
    about: 'Chinese numerals 美元',
    input: '微软将在华投资五亿美元建设数据中心。',
    expect: [m('五亿美元', 5 * 亿, 'USD')],
  },
  {
    about: 'Chinese numerals with 零',
    input: '这台手机售价一千零五十元。',
    expect: [m('一千零五十元', 1050, 'CNY')],
  },
  { about: '十五 美元', input: '每张门票十五美元。', expect: [m('十五美元', 15, 'USD')] },
  {
    about: '约 … 左右',
    input: '项目总投资约100万元左右。',
    expect: [m('100万元', 100 * 万, 'CNY', { approximate: true, qualifiers: ['约', '左右'] })],
  },
  {
    about: '多 inside',
    input: '他被骗走100多万元。',
    expect: [m('100多万元', 100 * 万, 'CNY', { approximate: true, qualifiers: ['多'] })],
  },
  {
    about: '余 inside',
    input: '全年融资1000余亿元。',
    expect: [m('1000余亿元', 1000 * 亿, 'CNY', { approximate: true, qualifiers: ['余'] })],
  },
  {
    about: '至少',
    input: '该公司需要至少三十亿美元的资金。',
    expect: [m('三十亿美元', 30 * 亿, 'USD', { min: 30 * 亿, qualifiers: ['至少'] })],
  },
  {
    about: '以下',
    input: '单价在1.2元以下的商品免税。',
    expect: [m('1.2元', 1.2, 'CNY', { max: 1.2, qualifiers: ['以下'] })],
  },
  {
    about: 'range 到',
    input: '股价预计在5.6到5.78元之间。',
    expect: [m('5.6到5.78元', null, 'CNY', { min: 5.6, max: 5.78 })],
  },
  { about: 'prefix 人民币', input: '票价为人民币3.14。', expect: [m('人民币3.14', 3.14, 'CNY')] },
  { about: '港幣', input: '收购价为3.14港幣每股。', expect: [m('3.14港幣', 3.14, 'HKD')] },
  { about: '日元', input: '丰田宣布回购1万亿日元股票。', expect: [m('1万亿日元', 1e12, 'JPY')] },
  { about: '韩元', input: '三星计划投资300万亿韩元。', expect: [m('300万亿韩元', 300e12, 'KRW')] },
  { about: '一元化 is not money', input: '推进管理一元化改革。', expect: [] },
];
