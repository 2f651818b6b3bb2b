/**
 * English money in context, written by reading each sentence (written for this corpus in the
 * manner of business news).
 */
import type { ContextCase } from './cases.js';

export const EN_CONTEXT_CASES: ContextCase[] = [
  {
    text: 'Samsung said its operating profit rose 20% to 10 trillion won in the third quarter.',
    dates: [{ text: 'third quarter', value: '2024-Q3', grain: 'quarter' }],
    expect: [
      {
        money: '10 trillion won',
        subject: 'Samsung',
        measure: 'operating_profit',
        period: 'third quarter',
        change: { direction: 'up', from: null, percent: 20 },
      },
    ],
  },
  {
    text: "Apple's revenue of $90 billion beat forecasts.",
    expect: [
      { money: '$90 billion', subject: 'Apple', measure: 'revenue', period: null, change: null },
    ],
  },
  {
    text: 'OpenAI raised $6.6 billion in a funding round led by Thrive Capital.',
    expect: [
      { money: '$6.6 billion', subject: 'OpenAI', measure: 'funding', period: null, change: null },
    ],
  },
  {
    text: 'The European Commission fined Google €2.4 billion in 2017.',
    dates: [{ text: '2017', value: '2017', grain: 'year' }],
    expect: [
      { money: '€2.4 billion', subject: 'Google', measure: 'fine', period: '2017', change: null },
    ],
  },
  {
    text: 'Microsoft agreed to buy Activision Blizzard for $68.7 billion.',
    expect: [
      { money: '$68.7 billion', subject: 'Microsoft', measure: 'deal', period: null, change: null },
    ],
  },
  {
    text: 'Tesla reported net income of $1.4 billion, down 55% from a year earlier.',
    dates: [{ text: 'a year earlier', value: '2023-Q2', grain: 'quarter' }],
    expect: [
      {
        money: '$1.4 billion',
        subject: 'Tesla',
        measure: 'net_profit',
        period: null,
        change: { direction: 'down', from: null, percent: 55 },
      },
    ],
  },
  {
    text: 'Revenue fell to $2.1 billion from $2.5 billion.',
    expect: [
      {
        money: '$2.1 billion',
        subject: null,
        measure: 'revenue',
        period: null,
        change: { direction: 'down', from: 1, percent: null },
      },
      { money: '$2.5 billion', subject: null, measure: 'revenue', period: null, change: null },
    ],
  },
  {
    text: 'Sales rose from $3 billion to $5 billion.',
    expect: [
      { money: '$3 billion', subject: null, measure: 'revenue', period: null, change: null },
      {
        money: '$5 billion',
        subject: null,
        measure: 'revenue',
        period: null,
        change: { direction: 'up', from: 0, percent: null },
      },
    ],
  },
  {
    text: 'SoftBank invested $500 million in the startup last year.',
    dates: [{ text: 'last year', value: '2023', grain: 'year' }],
    expect: [
      {
        money: '$500 million',
        subject: 'SoftBank',
        measure: 'investment',
        period: 'last year',
        change: null,
      },
    ],
  },
  {
    text: 'The company posted a loss of $300 million for the quarter.',
    dates: [{ text: 'the quarter', value: null, grain: 'quarter' }],
    expect: [
      {
        money: '$300 million',
        subject: null,
        measure: 'loss',
        period: 'the quarter',
        change: null,
      },
    ],
  },
  {
    text: 'He paid $5 for a coffee.',
    expect: [{ money: '$5', subject: null, measure: null, period: null, change: null }],
  },
  {
    text: 'Apple shares rose 2%, while Microsoft reported revenue of $62 billion.',
    expect: [
      {
        money: '$62 billion',
        subject: 'Microsoft',
        measure: 'revenue',
        period: null,
        change: null,
      },
    ],
  },
  {
    text: 'Nvidia’s market value climbed to $3 trillion on Tuesday.',
    published: '2024-06-19',
    dates: [{ text: 'Tuesday', value: '2024-06-18', grain: 'day' }],
    expect: [
      {
        money: '$3 trillion',
        subject: 'Nvidia',
        measure: 'market_cap',
        period: 'Tuesday',
        change: { direction: 'up', from: null, percent: null },
      },
    ],
  },
];
