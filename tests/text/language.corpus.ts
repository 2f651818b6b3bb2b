/**
 * Latin-script news sentences and the language they are in, for detectLanguage's English
 * markers (src/text/english-markers.ts) and other languages' own words
 * (src/text/latin-own-words.ts). `franc` alone reads many of the English ones, dense with names,
 * as French, Dutch or a Nordic language.
 */
export const LATIN_SENTENCES: [text: string, lang: string][] = [
  [
    'Samsung Electronics said on Monday it would invest 10 billion dollars in a new plant in Texas.',
    'en',
  ],
  ['Tesla reported net income of $1.4 billion, down 55% from a year earlier.', 'en'],
  ['Beijing-based Quonari Intelligent Technology said generative AI services would grow.', 'en'],
  ['Baidu said Ernie 4.0 beat its rivals, and golfer Ernie Els agreed.', 'en'],
  ['The U.S. Commerce Department added Huawei Technologies to its trade blacklist.', 'en'],
  ['Jensen Huang, chief executive of Nvidia, said demand remained strong.', 'en'],
  ['Meta Platforms Inc released Llama 3, its latest large language model, on Thursday.', 'en'],
  ['CEO Sam Altman said OpenAI would release GPT-5 later this year.', 'en'],
  ['Analysts at Quorix Capital said Zentrix Group would cut jobs.', 'en'],
  [
    'SEOUL, March 3 (Reuters) - Samsung said it would invest 1.2 trillion won ($1 billion) in a new plant.',
    'en',
  ],
  ['Hyundai Motor Group unveiled a hydrogen truck at the IAA show in Hanover on Wednesday.', 'en'],
  [
    'SK Hynix shares jumped 8% after Micron forecast strong demand for high-bandwidth memory.',
    'en',
  ],
  ['LG Energy Solution signed a supply deal with General Motors for its Ohio battery plant.', 'en'],
  [
    'Kakao Mobility was fined by the Korea Fair Trade Commission for favouring its own taxis.',
    'en',
  ],
  [
    'Naver launched HyperCLOVA X, which it trained on Korean web data, to compete with ChatGPT.',
    'en',
  ],
  ['La société a annoncé un investissement important en France cette année pour ses usines.', 'fr'],
  [
    'Le président Emmanuel Macron a reçu mardi à Paris les dirigeants de Samsung et de Hyundai.',
    'fr',
  ],
  [
    'Die Firma hat am Montag angekündigt, zehn Milliarden Dollar in ein neues Werk in Texas zu investieren.',
    'de',
  ],
  [
    'Der Autobauer Volkswagen will in Salzgitter eine neue Batteriefabrik mit Partnern aus Korea bauen.',
    'de',
  ],
  [
    'El gobierno de España anunció el martes un nuevo plan para apoyar la inteligencia artificial.',
    'es',
  ],
  ['Het bedrijf maakte dinsdag bekend dat het een nieuwe fabriek in Nederland gaat bouwen.', 'nl'],
  ['Il governo italiano ha annunciato martedì un nuovo piano per sostenere le imprese.', 'it'],
  [
    'O governo brasileiro anunciou na terça-feira um novo plano de apoio às empresas de tecnologia.',
    'pt',
  ],
  // Own words: no English marker, nothing Dutch or Finnish either (franc: nl, fi).
  ['Ursula von der Leyen, president of the European Commission, arrived in Seoul.', 'en'],
  ['Bloomberg Intelligence analyst Masahiro Wakasugi expects Nissan to recover.', 'en'],
  // Short passages (under 40 letters): English unless another language's own words appear.
  ['Hanwha Ocean stock rose 5% in Seoul.', 'en'],
  ['Le azioni di Fincantieri sono salite.', 'it'],
  ['Die Aktie von Bayer fiel um 4%.', 'de'],
];
