/** A news page as Korean sites serve it: navigation, ads, scripts, related links around the story. */
export const NEWS_PAGE = `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소 | 테크데일리</title>
<meta property="og:title" content="삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소">
<meta property="og:site_name" content="테크데일리">
<meta property="article:published_time" content="2023-10-31T09:12:00+09:00">
<script>window.dataLayer = []; document.write("<p>광고 스크립트</p>");</script>
<style>.article p { line-height: 1.8 }</style>
</head>
<body>
<header class="gnb"><nav><a href="/">홈</a> <a href="/it">IT</a> <a href="/economy">경제</a> <a href="/login">로그인</a></nav></header>
<div class="ad-banner"><a href="https://ad.example/click">지금 가입하면 1만원 할인</a></div>
<main>
<article class="article">
<h1 class="headline">삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소</h1>
<div class="info"><span class="byline">홍길동 기자</span> <time datetime="2023-10-31T09:12:00+09:00">입력 2023.10.31 09:12</time></div>
<div id="article-body" class="article-body">
<p>삼성전자가 올해 3분기 연결 기준 영업이익이 2조4000억원으로 잠정 집계됐다고 31일 밝혔다. 전 분기보다 258% 늘어난 규모로, 시장 전망치를 웃돌았다.</p>
<p>매출은 67조4000억원으로 집계됐다. 반도체 부문은 3조7500억원의 적자를 냈지만 적자 폭은 전 분기보다 줄었다.<br>메모리 가격 반등이 예상보다 빨랐다는 분석이 나온다.</p>
<figure><img src="/photo.jpg" alt=""><figcaption>삼성전자 평택캠퍼스 전경. 사진=삼성전자</figcaption></figure>
<p>증권가는 4분기 영업이익을 약 3조원으로 내다봤다. 한 증권사 연구원은 &quot;감산 효과가 본격화하고 있다&quot;고 말했다.&nbsp;업계는 내년 상반기 흑자 전환을 기대하고 있다.</p>
<p>홍길동 기자 gildong@techdaily.co.kr</p>
</div>
</article>
</main>
<aside class="popular"><h3>많이 본 뉴스</h3><ol><li><a href="/1">다른 기사 제목 하나</a></li><li><a href="/2">다른 기사 제목 둘</a></li></ol></aside>
<footer>Copyright © 테크데일리. 무단전재 및 재배포 금지.</footer>
</body>
</html>
`;
