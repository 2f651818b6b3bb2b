/**
 * Short Korean and English news sentences for the queue tests, each with a money figure derived
 * from its number, so that a record can be checked to belong to its id (not just to exist).
 */
export interface NumberedArticle {
  id: string;
  text: string;
  /** The figure the record must carry. */
  amount: number;
  currency: 'KRW' | 'USD';
}

export function numberedArticles(count: number, prefix = 'art'): NumberedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    return i % 2 === 0
      ? {
          id: `${prefix}:${n}`,
          text: `삼성전자는 ${n}억 원을 새 공장에 투자했다고 밝혔다. 회사 측은 추가 투자도 검토하고 있다.`,
          amount: n * 100_000_000,
          currency: 'KRW',
        }
      : {
          id: `${prefix}:${n}`,
          text: `Samsung Electronics said on Tuesday it would invest $${n} million in a new plant in Texas.`,
          amount: n * 1_000_000,
          currency: 'USD',
        };
  });
}
