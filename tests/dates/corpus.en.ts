/**
 * English dates corpus: news-style sentences and the dates they hold, written by hand (values
 * worked out on a calendar against the reference, Tuesday 2013-02-12).
 */
import type { DateCase } from './cases.js';

export const EN_CASES: DateCase[] = [
  // Days
  { input: 'The company will report on Oct. 25.', expect: [['Oct. 25', '2013-10-25', 'day', 'r']] },
  { input: 'Shares fell on Monday.', expect: [['Monday', '2013-02-11', 'day', 'r']] },
  { input: 'He resigned last Tuesday.', expect: [['last Tuesday', '2013-02-05', 'day', 'r']] },
  { input: 'The vote is next Friday.', expect: [['next Friday', '2013-02-15', 'day', 'r']] },
  { input: 'Talks ended Sunday.', expect: [['Sunday', '2013-02-10', 'day', 'r']] },
  { input: 'It closed at 2024-03-19 levels.', expect: [['2024-03-19', '2024-03-19', 'day']] },
  { input: 'It was filed on Oct. 25, 2024.', expect: [['Oct. 25, 2024', '2024-10-25', 'day']] },
  {
    input: 'Friday, Oct. 25, 2024, was the deadline.',
    expect: [['Friday, Oct. 25, 2024', '2024-10-25', 'day']],
  },
  {
    input: 'Signed on 25 October 2024 in Seoul.',
    expect: [['25 October 2024', '2024-10-25', 'day']],
  },
  {
    input: 'The attacks of Sept. 11, 2001 changed that.',
    expect: [['Sept. 11, 2001', '2001-09-11', 'day']],
  },
  { input: 'The deadline is Dec. 31.', expect: [['Dec. 31', '2013-12-31', 'day', 'r']] },
  { input: 'Starting Jan. 1, prices rise.', expect: [['Jan. 1', '2013-01-01', 'day', 'r']] },
  { input: 'It will be released May 5.', expect: [['May 5', '2013-05-05', 'day', 'r']] },
  { input: 'Filed 3/19/2024 in Delaware.', expect: [['3/19/2024', '2024-03-19', 'day']] },
  { input: 'Prices rose yesterday.', expect: [['yesterday', '2013-02-11', 'day', 'r']] },
  { input: 'The board meets tomorrow.', expect: [['tomorrow', '2013-02-13', 'day', 'r']] },
  { input: 'Today the bank said rates hold.', expect: [['Today', '2013-02-12', 'day', 'r']] },
  { input: 'He speaks tonight.', expect: [['tonight', '2013-02-12', 'day', 'r']] },
  { input: 'The strike lasted three days.', expect: [] },
  {
    input: 'The deal closed three days later.',
    expect: [['three days later', '2013-02-15', 'day', 'r']],
  },
  { input: 'Prices rose yesterday.', ref: null, expect: [['yesterday', null, 'day', 'r']] },

  // Times
  { input: 'Trading halted at 3 p.m.', expect: [['3 p.m.', '2013-02-12T15:00', 'hour', 'r']] },
  {
    input: 'The meeting starts at 10:30 a.m. sharp.',
    expect: [['10:30 a.m.', '2013-02-12T10:30', 'minute', 'r']],
  },

  // Weeks and months
  { input: 'Exports fell this week.', expect: [['this week', '2013-W07', 'week', 'r']] },
  { input: 'It was announced a week ago.', expect: [['a week ago', '2013-W06', 'week', 'r']] },
  {
    input: 'Sales fell earlier this month.',
    expect: [['earlier this month', '2013-02', 'month', 'r']],
  },
  { input: 'Sales fell last month.', expect: [['last month', '2013-01', 'month', 'r']] },
  { input: 'It launches next month.', expect: [['next month', '2013-03', 'month', 'r']] },
  { input: 'Exports rose in October 2024.', expect: [['October 2024', '2024-10', 'month']] },
  { input: 'Growth slowed in early March.', expect: [['early March', '2013-03', 'month', 'ra']] },
  { input: 'It opened late March.', expect: [['late March', '2013-03', 'month', 'ra']] },
  { input: 'In May, exports fell.', expect: [['May', '2013-05', 'month', 'r']] },
  { input: 'January sales were weak.', expect: [['January', '2013-01', 'month', 'r']] },
  { input: 'It peaked last March.', expect: [['last March', '2012-03', 'month', 'r']] },
  { input: 'It opens next January.', expect: [['next January', '2014-01', 'month', 'r']] },
  {
    input: 'By the end of March, it had sold out.',
    expect: [['the end of March', '2013-03', 'month', 'ra']],
  },

  // Quarters and halves
  { input: 'Q3 revenue rose 5%.', expect: [['Q3', '2013-Q3', 'quarter', 'r']] },
  { input: 'Q3 2024 revenue rose.', expect: [['Q3 2024', '2024-Q3', 'quarter']] },
  { input: 'Its 3Q24 margin widened.', expect: [['3Q24', '2024-Q3', 'quarter']] },
  {
    input: 'Sales fell in the January–March period.',
    expect: [['the January–March period', '2013-Q1', 'quarter', 'r']],
  },
  {
    input: 'Profit in the January-March quarter doubled.',
    expect: [['the January-March quarter', '2013-Q1', 'quarter', 'r']],
  },
  {
    input: 'Sales in the April–June period of 2024 rose.',
    expect: [['the April–June period of 2024', '2024-Q2', 'quarter']],
  },
  {
    input: 'Profit in the third quarter of 2024 rose.',
    expect: [['third quarter of 2024', '2024-Q3', 'quarter']],
  },
  { input: 'Fourth-quarter profit fell.', expect: [['Fourth-quarter', '2013-Q4', 'quarter', 'r']] },
  {
    input: 'It posted first-quarter results.',
    expect: [['first-quarter', '2013-Q1', 'quarter', 'r']],
  },
  { input: 'Sales fell last quarter.', expect: [['last quarter', '2012-Q4', 'quarter', 'r']] },
  {
    input: 'Margins improved in the first half.',
    expect: [['first half', '2013-H1', 'half', 'r']],
  },
  {
    input: 'It expects a rebound in the second half of next year.',
    expect: [['second half of next year', '2014-H2', 'half', 'r']],
  },
  { input: 'H1 2024 sales rose.', expect: [['H1 2024', '2024-H1', 'half']] },
  {
    input: 'Profit in the second half of 2023 fell.',
    expect: [['second half of 2023', '2023-H2', 'half']],
  },

  // Years
  { input: 'Revenue in fiscal 2024 rose.', expect: [['fiscal 2024', '2024', 'year']] },
  { input: 'The FY2024 budget passed.', expect: [['FY2024', '2024', 'year']] },
  { input: 'Sales rose from a year earlier.', expect: [['a year earlier', '2012', 'year', 'r']] },
  { input: 'Profit doubled in 2023.', expect: [['2023', '2023', 'year']] },
  { input: 'It has grown since 2020.', expect: [['2020', '2020', 'year']] },
  { input: 'The plant opens by 2030.', expect: [['2030', '2030', 'year']] },
  { input: 'Rates may fall in late 2024.', expect: [['late 2024', '2024', 'year', 'a']] },
  { input: 'The merger closed in mid-2024.', expect: [['mid-2024', '2024', 'year', 'a']] },
  { input: 'Growth resumed in early 2024.', expect: [['early 2024', '2024', 'year', 'a']] },
  { input: 'Demand peaked around 2020.', expect: [['around 2020', '2020', 'year', 'a']] },
  { input: 'It expects growth next year.', expect: [['next year', '2014', 'year', 'r']] },
  { input: 'Profit fell this year.', expect: [['this year', '2013', 'year', 'r']] },
  { input: 'It will list later this year.', expect: [['later this year', '2013', 'year', 'r']] },
  { input: 'The plant closed two years ago.', expect: [['two years ago', '2011', 'year', 'r']] },
  { input: 'It started 10 years ago.', expect: [['10 years ago', '2003', 'year', 'r']] },
  { input: 'Debt rose from the previous year.', expect: [['previous year', '2012', 'year', 'r']] },
  {
    input: 'It will finish by the end of the year.',
    expect: [['the end of the year', '2013', 'year', 'ra']],
  },
  { input: 'The 2024 budget passed.', expect: [['2024', '2024', 'year']] },

  // Not dates
  { input: 'It grew for five years.', expect: [] },
  { input: 'He may resign.', expect: [] },
  { input: 'Protesters march on the capital.', expect: [] },
  { input: 'About 2,023 people attended.', expect: [] },
  { input: 'It sold 2023 units.', expect: [] },
  { input: 'Over the past five years, sales doubled.', expect: [] },
  { input: 'It issued a 10-year bond.', expect: [] },
  { input: 'It has 2,000 stores.', expect: [] },
  { input: 'Music of the 1990s sells.', expect: [] },
  { input: 'Revenue was $2.5 billion.', expect: [] },
  { input: 'The CEO, 54, said growth slowed.', expect: [] },
];
