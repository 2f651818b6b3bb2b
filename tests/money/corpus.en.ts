/**
 * English money corpus: wire-style sentences and the figures they must give, written by hand.
 */
import { type Case, m } from './cases.js';

const M = 1e6;
const B = 1e9;
const T = 1e12;

export const EN_CASES: Case[] = [
  // Scale words and abbreviations
  {
    about: 'trillion dollars',
    input: 'Apple became the first company worth $1.2 trillion in the US.',
    expect: [m('$1.2 trillion', 1.2 * T, 'USD')],
  },
  {
    about: 'US$ billion',
    input: 'The deal is valued at US$3.5 billion, the companies said.',
    expect: [m('US$3.5 billion', 3.5 * B, 'USD')],
  },
  {
    about: 'euro m',
    input: 'The German start-up raised €300m in a funding round led by Sequoia.',
    expect: [m('€300m', 300 * M, 'EUR')],
  },
  {
    about: 'pound bn',
    input: 'Vodafone wrote down £1.5bn on its Spanish unit.',
    expect: [m('£1.5bn', 1.5 * B, 'GBP')],
  },
  {
    about: 'yuan word',
    input: 'Baidu will invest 1.2 billion yuan in its Ernie model this year.',
    expect: [m('1.2 billion yuan', 1.2 * B, 'CNY')],
  },
  {
    about: 'KRW code prefix',
    input: 'Samsung Electronics will spend KRW 1.5 trillion on a new line.',
    expect: [m('KRW 1.5 trillion', 1.5 * T, 'KRW')],
  },
  {
    about: 'won word',
    input: 'Hyundai Motor posted an operating profit of 3.8 trillion won.',
    expect: [m('3.8 trillion won', 3.8 * T, 'KRW')],
  },
  {
    about: 'mn',
    input: 'The fund raised $250 mn from sovereign investors.',
    expect: [m('$250 mn', 250 * M, 'USD')],
  },
  {
    about: 'bn spaced',
    input: 'Exports rose to $56.2 bn in March.',
    expect: [m('$56.2 bn', 56.2 * B, 'USD')],
  },
  {
    about: 'tn',
    input: 'Global debt hit $307tn, the IIF said.',
    expect: [m('$307tn', 307 * T, 'USD')],
  },
  {
    about: 'k',
    input: 'Entry-level engineers earn about $85k a year in Austin.',
    expect: [m('$85k', 85_000, 'USD', { approximate: true, qualifiers: ['about'], per: 'a year' })],
  },
  {
    about: 'capital M',
    input: 'The seed round brought in $12M from angels.',
    expect: [m('$12M', 12 * M, 'USD')],
  },
  {
    about: 'capital B',
    input: 'Microsoft agreed to pay $69B for Activision.',
    expect: [m('$69B', 69 * B, 'USD')],
  },
  {
    about: 'million dollars word',
    input: 'He was fined five million dollars by the regulator.',
    expect: [m('five million dollars', 5 * M, 'USD')],
  },
  {
    about: 'spelled',
    input: 'The museum received two billion dollars in pledges.',
    expect: [m('two billion dollars', 2 * B, 'USD')],
  },
  {
    about: 'spelled compound',
    input: 'The club paid twenty-five million euros for the striker.',
    expect: [m('twenty-five million euros', 25 * M, 'EUR')],
  },
  {
    about: 'broadcast decimal',
    input: 'The budget totals 22-point-eight trillion won next year.',
    expect: [m('22-point-eight trillion won', 22.8 * T, 'KRW')],
  },
  {
    about: 'spelled broadcast decimal',
    input: 'Seoul set aside twenty-two point eight trillion won for the package.',
    expect: [m('twenty-two point eight trillion won', 22.8 * T, 'KRW')],
  },
  {
    about: 'plain dollars with cents',
    input: 'Shares closed at $182.47 on Friday.',
    expect: [m('$182.47', 182.47, 'USD')],
  },
  {
    about: 'commas',
    input: 'The average household owes $104,215 in debt.',
    expect: [m('$104,215', 104_215, 'USD')],
  },
  {
    about: 'crore',
    input: 'Tata Motors will invest Rs 500 crore in the plant.',
    expect: [m('Rs 500 crore', 5 * B, 'INR')],
  },
  {
    about: 'lakh',
    input: 'Each family will receive Rs. 2 lakh in compensation.',
    expect: [m('Rs. 2 lakh', 200_000, 'INR')],
  },
  {
    about: 'rupee sign',
    input: 'Reliance raised ₹10,000 crore through bonds.',
    expect: [m('₹10,000 crore', 1e11, 'INR')],
  },
  {
    about: 'yen word',
    input: 'Toyota will buy back up to 1 trillion yen of its shares.',
    expect: [m('1 trillion yen', T, 'JPY', { max: T, qualifiers: ['up to'] })],
  },
  {
    about: 'yen sign Japan',
    input: 'Japan’s SoftBank lost ¥1.1 trillion in the quarter.',
    expect: [m('¥1.1 trillion', 1.1 * T, 'JPY')],
  },
  {
    about: 'yen sign China',
    input: 'China’s Tencent reported profit of ¥42.6 billion for the quarter.',
    expect: [m('¥42.6 billion', 42.6 * B, 'CNY')],
  },
  {
    about: 'HK$',
    input: 'Tencent will buy back HK$100 billion of stock.',
    expect: [m('HK$100 billion', 100 * B, 'HKD')],
  },
  {
    about: 'NT$',
    input: 'TSMC posted net income of NT$325.3 billion.',
    expect: [m('NT$325.3 billion', 325.3 * B, 'TWD')],
  },
  {
    about: 'S$',
    input: 'Grab lost S$1.2 billion last year.',
    expect: [m('S$1.2 billion', 1.2 * B, 'SGD')],
  },
  {
    about: 'A$',
    input: 'BHP earned A$13.7 billion in the half.',
    expect: [m('A$13.7 billion', 13.7 * B, 'AUD')],
  },
  {
    about: 'C$',
    input: 'Ottawa offered C$13 billion in subsidies to Volkswagen.',
    expect: [m('C$13 billion', 13 * B, 'CAD')],
  },
  {
    about: 'renminbi',
    input: 'The bank issued 50 billion renminbi of bonds.',
    expect: [m('50 billion renminbi', 50 * B, 'CNY')],
  },
  {
    about: 'rupees',
    input: 'The state allotted 300 million rupees for flood relief.',
    expect: [m('300 million rupees', 300 * M, 'INR')],
  },
  {
    about: 'pounds with scale',
    input: 'The hospital trust overspent by 40 million pounds.',
    expect: [m('40 million pounds', 40 * M, 'GBP')],
  },
  {
    about: 'roubles',
    input: 'Moscow allocated 1.5 trillion roubles to the programme.',
    expect: [m('1.5 trillion roubles', 1.5 * T, 'RUB')],
  },
  {
    about: 'baht',
    input: 'Thailand plans a 500 billion baht stimulus.',
    expect: [m('500 billion baht', 500 * B, 'THB')],
  },
  {
    about: 'dong with Vietnam',
    input: 'Vietnam raised the minimum wage to 4.96 million dong a month.',
    expect: [m('4.96 million dong', 4.96 * M, 'VND', { per: 'a month' })],
  },
  {
    about: 'USD suffix code',
    input: 'The contract is worth 2.5 billion USD over five years.',
    expect: [m('2.5 billion USD', 2.5 * B, 'USD')],
  },
  {
    about: 'EUR prefix code',
    input: 'Airbus booked EUR 4.2 billion in orders.',
    expect: [m('EUR 4.2 billion', 4.2 * B, 'EUR')],
  },
  {
    about: 'hyphenated adjective',
    input: 'The company signed a $1.2-billion supply agreement.',
    expect: [m('$1.2-billion', 1.2 * B, 'USD')],
  },
  // Qualifiers
  {
    about: 'about',
    input: 'The merger creates a company worth about $40 billion.',
    expect: [m('$40 billion', 40 * B, 'USD', { approximate: true, qualifiers: ['about'] })],
  },
  {
    about: 'nearly',
    input: 'Losses reached nearly $2 billion.',
    expect: [m('$2 billion', 2 * B, 'USD', { approximate: true, qualifiers: ['nearly'] })],
  },
  {
    about: 'roughly',
    input: 'It costs roughly €50 a month.',
    expect: [m('€50', 50, 'EUR', { approximate: true, qualifiers: ['roughly'], per: 'a month' })],
  },
  {
    about: 'approximately',
    input: 'The charge will be approximately $350 million.',
    expect: [
      m('$350 million', 350 * M, 'USD', { approximate: true, qualifiers: ['approximately'] }),
    ],
  },
  {
    about: 'more than',
    input: 'Investors poured more than $3bn into the sector.',
    expect: [m('$3bn', 3 * B, 'USD', { min: 3 * B, qualifiers: ['more than'] })],
  },
  {
    about: 'at least',
    input: 'The repairs will cost at least 10 billion won.',
    expect: [m('10 billion won', 10 * B, 'KRW', { min: 10 * B, qualifiers: ['at least'] })],
  },
  {
    about: 'over',
    input: 'The film grossed over $1 billion worldwide.',
    expect: [m('$1 billion', B, 'USD', { min: B, qualifiers: ['over'] })],
  },
  {
    about: 'up to',
    input: 'Fines can reach up to $5m per violation.',
    expect: [m('$5m', 5 * M, 'USD', { max: 5 * M, qualifiers: ['up to'] })],
  },
  {
    about: 'less than',
    input: 'The startup was sold for less than $10 million.',
    expect: [m('$10 million', 10 * M, 'USD', { max: 10 * M, qualifiers: ['less than'] })],
  },
  {
    about: 'or more',
    input: 'Accounts holding $250,000 or more are not insured.',
    expect: [m('$250,000', 250_000, 'USD', { min: 250_000, qualifiers: ['or more'] })],
  },
  {
    about: 'an estimated',
    input: 'The storm caused an estimated $8 billion in damage.',
    expect: [m('$8 billion', 8 * B, 'USD', { approximate: true, qualifiers: ['an estimated'] })],
  },
  // Ranges
  {
    about: 'dash range prefixed both',
    input: 'Seed rounds of $1m-$2m are common.',
    expect: [m('$1m-$2m', null, 'USD', { min: M, max: 2 * M })],
  },
  {
    about: 'range sharing scale',
    input: 'Analysts expect a $1-2 billion charge.',
    expect: [m('$1-2 billion', null, 'USD', { min: B, max: 2 * B })],
  },
  {
    about: 'between and',
    input: 'The stake is valued between $1m and $2m.',
    expect: [m('$1m and $2m', null, 'USD', { min: M, max: 2 * M })],
  },
  {
    about: 'between bare left',
    input: 'It will cost between 1 and 2 trillion won.',
    expect: [m('1 and 2 trillion won', null, 'KRW', { min: T, max: 2 * T })],
  },
  {
    about: 'to range per share',
    input: 'The IPO is priced at $10 to $15 a share.',
    expect: [m('$10 to $15', null, 'USD', { min: 10, max: 15, per: 'a share' })],
  },
  {
    about: 'from to change is two figures',
    input: 'Revenue rose from $1m to $2m last year.',
    expect: [m('$1m', M, 'USD'), m('$2m', 2 * M, 'USD')],
  },
  {
    about: 'en dash range',
    input: 'The fine could be €20–€30 million.',
    expect: [m('€20–€30 million', null, 'EUR', { min: 20 * M, max: 30 * M })],
  },
  // Vague
  {
    about: 'tens of millions',
    input: 'The lawsuit seeks tens of millions of dollars.',
    expect: [
      m('tens of millions of dollars', null, 'USD', {
        approximate: true,
        min: 10 * M,
        max: 100 * M,
      }),
    ],
  },
  {
    about: 'hundreds of millions',
    input: 'Fraudsters stole hundreds of millions of dollars.',
    expect: [
      m('hundreds of millions of dollars', null, 'USD', {
        approximate: true,
        min: 100 * M,
        max: B,
      }),
    ],
  },
  {
    about: 'several billion',
    input: 'The upgrade will cost several billion dollars.',
    expect: [m('several billion dollars', null, 'USD', { approximate: true, min: B, max: 10 * B })],
  },
  // Per
  {
    about: 'per share',
    input: 'The board declared a dividend of $0.24 per share.',
    expect: [m('$0.24', 0.24, 'USD', { per: 'per share' })],
  },
  {
    about: 'a barrel',
    input: 'Brent crude rose to $85 a barrel.',
    expect: [m('$85', 85, 'USD', { per: 'a barrel' })],
  },
  {
    about: 'an ounce',
    input: 'Gold topped $2,400 an ounce for the first time.',
    expect: [m('$2,400', 2400, 'USD', { per: 'an ounce' })],
  },
  // Equivalents
  {
    about: 'code with dollar paren',
    input: 'The plant will cost KRW 1.5 trillion ($1.1 billion).',
    expect: [
      m('KRW 1.5 trillion', 1.5 * T, 'KRW', { equivalents: [m('$1.1 billion', 1.1 * B, 'USD')] }),
    ],
  },
  {
    about: 'won with about paren',
    input: 'LG will invest 2 trillion won (about $1.5 billion) in Arizona.',
    expect: [
      m('2 trillion won', 2 * T, 'KRW', {
        equivalents: [
          m('$1.5 billion', 1.5 * B, 'USD', { approximate: true, qualifiers: ['about'] }),
        ],
      }),
    ],
  },
  {
    about: 'or apposition',
    input: 'The fine was 1.2 billion yuan, or $165 million, regulators said.',
    expect: [
      m('1.2 billion yuan', 1.2 * B, 'CNY', { equivalents: [m('$165 million', 165 * M, 'USD')] }),
    ],
  },
  {
    about: 'percent paren not equivalent',
    input: 'Net income rose to $2.1 billion (12%).',
    expect: [m('$2.1 billion', 2.1 * B, 'USD')],
  },
  // Several figures
  {
    about: 'two figures',
    input: 'Revenue was $94.9 billion and net income $14.7 billion.',
    expect: [m('$94.9 billion', 94.9 * B, 'USD'), m('$14.7 billion', 14.7 * B, 'USD')],
  },
  {
    about: 'capitalised headline',
    input: 'SK Hynix To Invest 20 Trillion Won In New Fab',
    expect: [m('20 Trillion Won', 20 * T, 'KRW')],
  },
  // More wire phrasing
  {
    about: 'half a billion',
    input: 'The company spent half a billion dollars on the campus.',
    expect: [m('half a billion dollars', 500 * M, 'USD')],
  },
  {
    about: 'code attached',
    input: 'The bonds raised USD1.2m at a 5% coupon.',
    expect: [m('USD1.2m', 1.2 * M, 'USD')],
  },
  {
    about: 'dollar to a count is not a range',
    input: 'He gave $5 to 10 charities each month.',
    expect: [m('$5', 5, 'USD')],
  },
  {
    about: 'range with both scales',
    input: 'The unit could fetch $1.5 billion to $2 billion, people familiar said.',
    expect: [m('$1.5 billion to $2 billion', null, 'USD', { min: 1.5 * B, max: 2 * B })],
  },
  {
    about: 'euros with dollars paren',
    input: 'Siemens will pay 5 billion euros ($5.4 billion) for the business.',
    expect: [
      m('5 billion euros', 5 * B, 'EUR', { equivalents: [m('$5.4 billion', 5.4 * B, 'USD')] }),
    ],
  },
  {
    about: 'pounds sterling',
    input: 'The club was sold for 3 million pounds sterling.',
    expect: [m('3 million pounds sterling', 3 * M, 'GBP')],
  },
  {
    about: 'won after share price',
    input: 'Samsung shares rose 3% to 52,000 won.',
    expect: [m('52,000 won', 52_000, 'KRW')],
  },
  {
    about: 'dollar after won, comma or',
    input: 'The company is worth €2bn, or about 2.9 trillion won.',
    expect: [
      m('€2bn', 2 * B, 'EUR', {
        equivalents: [
          m('2.9 trillion won', 2.9 * T, 'KRW', { approximate: true, qualifiers: ['about'] }),
        ],
      }),
    ],
  },
  {
    about: 'RMB prefix',
    input: 'The bank lent RMB 100 million to the developer.',
    expect: [m('RMB 100 million', 100 * M, 'CNY')],
  },
  {
    about: 'a billion',
    input: 'Netflix will spend a billion dollars on Korean shows.',
    expect: [m('a billion dollars', B, 'USD')],
  },
  {
    about: 'slash per',
    input: 'The premium tier costs $4.99/month in the US.',
    expect: [m('$4.99', 4.99, 'USD', { per: '/month' })],
  },
  {
    about: 'wire lead with equivalent',
    input:
      'SEOUL, March 3 (Reuters) - Samsung said it would invest 1.2 trillion won ($1 billion) in a new plant.',
    expect: [m('1.2 trillion won', 1.2 * T, 'KRW', { equivalents: [m('$1 billion', B, 'USD')] })],
  },
  {
    about: 'price move and close',
    input: 'Apple fell $3.20, or 1.8%, to $172.50.',
    expect: [m('$3.20', 3.2, 'USD'), m('$172.50', 172.5, 'USD')],
  },
  {
    about: 'range with per',
    input: 'Dealers quoted prices of $20,000-$30,000 per vehicle.',
    expect: [m('$20,000-$30,000', null, 'USD', { min: 20_000, max: 30_000, per: 'per vehicle' })],
  },
  {
    about: 'dollars and cents spelled',
    input: 'The stock ended 3 dollars 15 cents higher.',
    expect: [m('3 dollars 15 cents', 3.15, 'USD')],
  },
  {
    about: 'cents',
    input: 'Heating oil rose 4 cents a gallon.',
    expect: [m('4 cents', 0.04, 'USD', { per: 'a gallon' })],
  },
  // Issue 11: number words in wire copy
  {
    about: 'spelled whole part, digits after the point',
    input: 'Exports reached seven-point-78 trillion won last year.',
    expect: [m('seven-point-78 trillion won', 7.78 * T, 'KRW')],
  },
  {
    about: 'one-point-five billion dollars',
    input: 'The firm raised one-point-five billion dollars.',
    expect: [m('one-point-five billion dollars', 1.5 * B, 'USD')],
  },
  {
    about: 'a half-billion dollars',
    input: 'It is a half-billion dollars deal.',
    expect: [m('half-billion dollars', 500 * M, 'USD')],
  },
  {
    about: 'dollar range with both scales',
    input: 'The deal is valued at $1.2 billion-$1.5 billion.',
    expect: [m('$1.2 billion-$1.5 billion', null, 'USD', { min: 1.2 * B, max: 1.5 * B })],
  },
  {
    about: 'between trillions of won',
    input: 'The fund will hold between 3 trillion and 4 trillion won.',
    expect: [m('3 trillion and 4 trillion won', null, 'KRW', { min: 3 * T, max: 4 * T })],
  },
  {
    about: 'negative dollars',
    input: 'Free cash flow was -$3 million in the quarter.',
    expect: [m('-$3 million', -3 * M, 'USD')],
  },
  // Issue 11: more currencies
  {
    about: 'Taiwan dollars as T$',
    input: 'Foxconn reported T$1.2 trillion in revenue.',
    expect: [m('T$1.2 trillion', 1.2 * T, 'TWD')],
  },
  {
    about: 'Mexican pesos',
    input: 'Pemex lost 20 billion Mexican pesos.',
    expect: [m('20 billion Mexican pesos', 20 * B, 'MXN')],
  },
  {
    about: 'pesos in Manila',
    input: 'Ayala raised 10 billion pesos from investors in Manila.',
    expect: [m('10 billion pesos', 10 * B, 'PHP')],
  },
  {
    about: 'lira, rand, riyals',
    input:
      'Turkey spent 2 billion lira, South Africa 5 billion rand and Saudi Aramco 3 billion riyals.',
    expect: [
      m('2 billion lira', 2 * B, 'TRY'),
      m('5 billion rand', 5 * B, 'ZAR'),
      m('3 billion riyals', 3 * B, 'SAR'),
    ],
  },
  {
    about: 'dirhams and shekels',
    input: 'Emaar sold 5 billion dirhams of homes; Teva paid 1 billion shekels.',
    expect: [m('5 billion dirhams', 5 * B, 'AED'), m('1 billion shekels', B, 'ILS')],
  },
  {
    about: 'francs, kronor, zlotys, forints',
    input:
      'UBS paid 3 billion francs, Ericsson 5 billion kronor, Orlen 2 billion zlotys and MOL 100 billion forints.',
    expect: [
      m('3 billion francs', 3 * B, 'CHF'),
      m('5 billion kronor', 5 * B, 'SEK'),
      m('2 billion zlotys', 2 * B, 'PLN'),
      m('100 billion forints', 100 * B, 'HUF'),
    ],
  },
  {
    about: 'reais in Brazil',
    input: 'Petrobras will invest 5 billion reais in Brazil.',
    expect: [m('5 billion reais', 5 * B, 'BRL')],
  },
  {
    about: 'rupees in Pakistan',
    input: 'Pakistan needs 500 billion rupees for the dam.',
    expect: [m('500 billion rupees', 500 * B, 'PKR')],
  },
];
