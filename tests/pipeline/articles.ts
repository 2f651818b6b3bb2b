/** Short articles written for these tests (Korean and English news in the usual shapes). */
export const KO_ARTICLES = [
  '카카오, 3분기 매출 2조1609억원…역대 최대\n카카오는 올해 3분기 연결 기준 매출이 2조1609억원으로 집계됐다고 8일 밝혔다. 영업이익은 1403억원으로 지난해 같은 기간보다 12% 늘었다.\n홍은택 대표는 "인공지능 서비스에 약 1000억원을 더 투자하겠다"고 말했다.',
  '한국은행, 기준금리 연 3.50% 동결\n한국은행 금융통화위원회는 19일 기준금리를 연 3.50%로 동결했다. 이창용 총재는 기자간담회에서 물가 상승률이 목표 수준으로 수렴하고 있다고 설명했다.',
  '네이버, 日 라인야후 지분 매각 협의\n네이버가 소프트뱅크와 라인야후 지분 매각을 협의하고 있다. 업계는 매각 규모가 수조원대에 이를 것으로 본다. 최수연 네이버 대표는 "결정된 것은 없다"고 밝혔다.',
  '현대차, 美 조지아 공장에 7조원 투자\n현대자동차그룹이 미국 조지아주 전기차 전용 공장에 약 55억 달러(7조원)를 투자한다. 공장은 2025년 상반기 가동을 목표로 한다.',
];

export const EN_ARTICLES = [
  'Samsung profit beats forecasts\nSamsung Electronics said on Tuesday that operating profit rose to 2.4 trillion won in the third quarter, beating analyst forecasts. Memory chip prices recovered faster than expected.',
  'Baidu unveils Ernie 4.0\nChinese search giant Baidu unveiled its Ernie 4.0 model on Tuesday, saying it rivals GPT-4. The company plans to spend about $1bn on AI infrastructure next year.',
];
