/**
 * English examples for src/entities/cues.en.ts and the Latin-name patterns: sentence → entities
 * expected and mentions that must not appear. Written by hand; `Zentrix`, `Quorix` and the like
 * are invented, so the rules alone must find them.
 */
import type { Example } from './corpus.ko.js';

export const EN_CORPUS: Example[] = [
  {
    text: 'Stanford researchers published the index, the Wall Street Journal reported.',
    gazetteer: true,
    entities: [
      { text: 'Stanford', type: 'institute', canonical: 'Stanford University' },
      { text: 'Wall Street Journal', type: 'media' },
    ],
    absent: ['the Wall Street Journal'],
  },
  {
    text: 'Amazon said on Tuesday it would invest $4 billion in the startup.',
    gazetteer: true,
    entities: [{ text: 'Amazon', type: 'company', canonical: 'Amazon' }],
  },
  {
    text: 'Fires in the Amazon burned through the dry season.',
    gazetteer: true,
    entities: [],
    absent: ['Amazon'],
  },
  {
    text: 'The start-up was founded by Yang Zhilin, a graduate, and Liang Wenfeng; Sun Life and Li Auto shares were flat.',
    entities: [
      { text: 'Yang Zhilin', type: 'person' },
      { text: 'Liang Wenfeng', type: 'person' },
    ],
    absent: ['Yang', 'Sun Life'],
  },
  {
    text: 'Beijing-based Quonari Intelligent Technology said generative AI services would grow.',
    gazetteer: true,
    entities: [
      { text: 'Beijing', type: 'place' },
      { text: 'Quonari Intelligent Technology', type: 'company' },
    ],
    absent: ['Beijing-based Quonari Intelligent Technology', 'AI'],
  },
  {
    text: 'Analysts at Daros Securities said Velmar Aerospace, Orvane Biologics and Kestrel Heavy Industries would gain, while Tamsin Robotics and Ulvar Shipbuilding lagged.',
    entities: [
      { text: 'Daros Securities', type: 'company' },
      { text: 'Velmar Aerospace', type: 'company' },
      { text: 'Orvane Biologics', type: 'company' },
      { text: 'Kestrel Heavy Industries', type: 'company' },
      { text: 'Tamsin Robotics', type: 'company' },
      { text: 'Ulvar Shipbuilding', type: 'company' },
    ],
  },
  {
    text: 'Bank of Korea Governor Rhee Chang-yong spoke, said Park Sang-hyun, an economist at Daros Securities. Hong Kong-listed shares fell.',
    gazetteer: true,
    entities: [
      { text: 'Bank of Korea', type: 'government' },
      { text: 'Rhee Chang-yong', type: 'person' },
      { text: 'Park Sang-hyun', type: 'person' },
      { text: 'Hong Kong', type: 'place' },
    ],
    absent: ['Bank of Korea Governor Rhee Chang-yong', 'Park Sang-', 'Hong Kong-listed'],
  },
  {
    text: 'C.C. Wei, the chief executive, met U.S. officials and John F. Kennedy Jr. admirers.',
    gazetteer: true,
    entities: [
      { text: 'C.C. Wei', type: 'person' },
      { text: 'U.S.', type: 'place' },
    ],
    absent: ['Wei', 'U.S. officials', 'John F. Kennedy Jr. admirers'],
  },
  {
    text: 'Semiconductor Manufacturing International Corp (SMIC) said sales rose. SMIC also said so.',
    gazetteer: true,
    entities: [
      {
        text: 'Semiconductor Manufacturing International Corp',
        type: 'company',
        canonical: 'SMIC',
      },
      { text: 'SMIC', type: 'company', canonical: 'SMIC' },
    ],
    same: [['Semiconductor Manufacturing International Corp', 'SMIC']],
  },
  {
    text: 'Quorvex Power Corp (QPC) and Lumora Systems Ltd. (LSL) signed a deal. QPC shares rose.',
    entities: [
      { text: 'Quorvex Power Corp', type: 'company' },
      { text: 'QPC', type: 'company' },
      { text: 'Lumora Systems Ltd.', type: 'company' },
      { text: 'LSL', type: 'company' },
    ],
    same: [
      ['Quorvex Power Corp', 'QPC'],
      ['Lumora Systems Ltd.', 'LSL'],
    ],
  },
  {
    text: 'Veltrane Institute of Applied Robotics (VIAR) researchers said the results held.',
    entities: [
      { text: 'Veltrane Institute of Applied Robotics', type: 'institute' },
      { text: 'VIAR', type: 'institute' },
    ],
    same: [['Veltrane Institute of Applied Robotics', 'VIAR']],
  },
  {
    text: 'Baidu said Ernie 4.0 beat its rivals, and golfer Ernie Els agreed.',
    gazetteer: true,
    entities: [
      { text: 'Ernie 4.0', type: 'model', canonical: 'ERNIE' },
      { text: 'Ernie Els', type: 'person' },
    ],
    absent: ['Ernie'],
  },
  {
    text: "China's Baidu unveiled a new chatbot, and Baidu Inc shares rose.",
    gazetteer: true,
    entities: [
      { text: 'China', type: 'place' },
      { text: 'Baidu', type: 'company', canonical: 'Baidu' },
      { text: 'Baidu Inc', type: 'company', canonical: 'Baidu' },
    ],
    absent: ["China's Baidu"],
    same: [['Baidu', 'Baidu Inc']],
  },
  {
    text: 'Prices fell. Rivals Alibaba Group Holding and Tencent cut fees.',
    gazetteer: true,
    entities: [
      { text: 'Alibaba Group Holding', type: 'company', canonical: 'Alibaba' },
      { text: 'Tencent', type: 'company' },
    ],
    absent: ['Rivals Alibaba Group', 'Rivals', 'Rivals Alibaba Group Holding'],
  },
  {
    text: 'Zentrix Holdings Inc. said on Monday it would buy a rival.',
    entities: [
      { text: 'Zentrix Holdings Inc.', type: 'company', canonical: 'Zentrix Holdings Inc.' },
    ],
  },
  {
    text: 'Meanwhile Corvana Group raised prices.',
    entities: [{ text: 'Corvana Group', type: 'company' }],
    absent: ['Meanwhile Corvana Group'],
  },
  {
    text: 'Researchers at the Beijing Academy of Artificial Intelligence released a model.',
    entities: [{ text: 'Beijing Academy of Artificial Intelligence', type: 'institute' }],
  },
  {
    text: 'The Ministry of Industry and Information Technology issued new rules.',
    entities: [{ text: 'Ministry of Industry and Information Technology', type: 'government' }],
  },
  {
    text: 'Quorix and ZenLabs compete with DeepVerse.',
    entities: [
      { text: 'ZenLabs', type: 'organization', canonical: 'ZenLabs' },
      { text: 'DeepVerse', type: 'organization' },
    ],
  },
  {
    text: 'Its Vela-70B beat GPT-4o and Qwen2.5-Max on the benchmark.',
    entities: [
      { text: 'Vela-70B', type: 'model' },
      { text: 'GPT-4o', type: 'model' },
      { text: 'Qwen2.5-Max', type: 'model' },
    ],
  },
  {
    text: 'The startup 07.AI was founded last year.',
    entities: [{ text: '07.AI', type: 'company' }],
  },
  {
    text: 'The Torvo 3 model is open source, unlike Windows 11.',
    entities: [{ text: 'Torvo 3', type: 'model' }],
    absent: ['Windows 11'],
  },
  {
    text: "Dana Whitfield joined in May. Whitfield's plan was approved.",
    entities: [
      { text: 'Dana Whitfield', type: 'person' },
      { text: 'Whitfield', type: 'person' },
    ],
    same: [['Dana Whitfield', 'Whitfield']],
    absent: ["Whitfield's"],
  },
  {
    text: "Baidu's Ernie Bot and OpenAI's ChatGPT were compared by Huawei and SenseTime engineers.",
    gazetteer: true,
    entities: [
      { text: 'Baidu', type: 'company', canonical: 'Baidu' },
      { text: 'Ernie Bot', type: 'model' },
      { text: 'OpenAI', type: 'company', canonical: 'OpenAI' },
      { text: 'ChatGPT', type: 'model', canonical: 'ChatGPT' },
      { text: 'Huawei', type: 'company', canonical: 'Huawei' },
      { text: 'SenseTime', type: 'company', canonical: 'SenseTime' },
    ],
    absent: ["Baidu's", "OpenAI's"],
  },
  {
    text: 'Yi-34B from 01.AI and iFLYTEK models were tested.',
    gazetteer: true,
    entities: [
      { text: 'Yi-34B', type: 'model' },
      { text: '01.AI', type: 'company', canonical: '01.AI' },
      { text: 'iFLYTEK', type: 'company', canonical: 'iFLYTEK' },
    ],
  },
  // wire-style sentences: Korean and Chinese companies, titled people, agencies, universities
  {
    text: "China's Baidu unveils Ernie 4.0, says it rivals GPT-4\nBy Josh Ye\nChief Executive Robin Li showed off Ernie 4.0 in Beijing. Baidu's Hong Kong-listed shares fell 1.7%.",
    gazetteer: true,
    entities: [
      { text: 'China', type: 'place' },
      { text: 'Ernie 4.0', type: 'model' },
      { text: 'GPT-4', type: 'model', canonical: 'GPT-4' },
      { text: 'Josh Ye', type: 'person' },
      { text: 'Robin Li', type: 'person' },
      { text: 'Hong Kong', type: 'place' },
    ],
    absent: ['Ernie', 'Chief Executive Robin Li', "Baidu's Hong", 'Hong Kong-listed', 'By Josh Ye'],
  },
  {
    text: 'Samsung Electronics Co Ltd said on Thursday its third-quarter operating profit fell 78%.',
    gazetteer: true,
    entities: [
      { text: 'Samsung Electronics Co Ltd', type: 'company', canonical: 'Samsung Electronics' },
    ],
    absent: ['Thursday'],
  },
  {
    text: "SK Hynix Inc, the world's second-largest memory chipmaker, posted a surprise profit.",
    gazetteer: true,
    entities: [{ text: 'SK Hynix Inc', type: 'company', canonical: 'SK hynix' }],
  },
  {
    text: 'Hyundai Motor Co and its affiliate Kia Corp will invest $5.5 billion in Georgia.',
    gazetteer: true,
    entities: [
      { text: 'Hyundai Motor Co', type: 'company', canonical: 'Hyundai Motor Company' },
      { text: 'Kia Corp', type: 'company', canonical: 'Kia' },
      { text: 'Georgia', type: 'place' },
    ],
  },
  {
    text: 'LG Energy Solution Ltd shares jumped 5% in Seoul after the battery maker signed a deal with General Motors.',
    gazetteer: true,
    entities: [
      { text: 'LG Energy Solution Ltd', type: 'company', canonical: 'LG Energy Solution' },
      { text: 'Seoul', type: 'place' },
      { text: 'General Motors', type: 'company' },
    ],
  },
  {
    text: "South Korea's Fair Trade Commission fined Kakao Mobility 27.1 billion won.",
    gazetteer: true,
    entities: [
      { text: 'South Korea', type: 'place' },
      { text: 'Fair Trade Commission', type: 'government' },
      { text: 'Kakao Mobility', type: 'company' },
    ],
    absent: ["South Korea's Fair Trade Commission"],
  },
  {
    text: "Naver Corp and Kakao Corp, South Korea's two biggest internet companies, are racing to build AI models.",
    gazetteer: true,
    entities: [
      { text: 'Naver Corp', type: 'company', canonical: 'Naver' },
      { text: 'Kakao Corp', type: 'company', canonical: 'Kakao' },
      { text: 'South Korea', type: 'place' },
    ],
    absent: ['Naver Corp and Kakao Corp', 'Kakao Corp, South', 'AI'],
  },
  {
    text: 'Coupang Inc, the U.S.-listed South Korean e-commerce firm, reported record revenue.',
    gazetteer: true,
    entities: [{ text: 'Coupang Inc', type: 'company', canonical: 'Coupang' }],
    absent: ['U.S.-listed'],
  },
  {
    text: 'President Yoon Suk Yeol told a cabinet meeting in Seoul that support would expand.',
    gazetteer: true,
    entities: [
      { text: 'Yoon Suk Yeol', type: 'person' },
      { text: 'Seoul', type: 'place' },
    ],
    absent: ['President', 'President Yoon Suk Yeol'],
  },
  {
    text: 'The Financial Services Commission said it would ban short selling until June.',
    gazetteer: true,
    entities: [{ text: 'Financial Services Commission', type: 'government' }],
    absent: ['The Financial Services Commission', 'June'],
  },
  {
    text: 'The Federal Reserve held rates steady on Wednesday, and Chair Jerome Powell said more tightening was possible.',
    gazetteer: true,
    entities: [
      { text: 'Federal Reserve', type: 'government' },
      { text: 'Jerome Powell', type: 'person' },
    ],
    absent: ['Chair Jerome Powell', 'Wednesday'],
  },
  {
    text: 'The U.S. Commerce Department added Huawei Technologies to its trade blacklist.',
    gazetteer: true,
    entities: [
      { text: 'U.S. Commerce Department', type: 'government' },
      { text: 'Huawei Technologies', type: 'company', canonical: 'Huawei' },
    ],
  },
  {
    text: 'BYD Co Ltd sold more electric cars than Tesla Inc in the fourth quarter, data showed on Monday.',
    gazetteer: true,
    entities: [
      { text: 'BYD Co Ltd', type: 'company', canonical: 'BYD' },
      { text: 'Tesla Inc', type: 'company', canonical: 'Tesla' },
    ],
    absent: ['Monday'],
  },
  {
    text: "CATL, the world's largest maker of electric vehicle batteries, plans to build a factory in Hungary.",
    gazetteer: true,
    entities: [
      { text: 'CATL', type: 'company', canonical: 'CATL' },
      { text: 'Hungary', type: 'place' },
    ],
  },
  {
    text: 'ByteDance, the owner of TikTok, is valued at more than $220 billion.',
    gazetteer: true,
    entities: [
      { text: 'ByteDance', type: 'company', canonical: 'ByteDance' },
      { text: 'TikTok', type: 'company' },
    ],
  },
  {
    text: 'Jensen Huang, chief executive of Nvidia, said demand remained strong.',
    gazetteer: true,
    entities: [
      { text: 'Jensen Huang', type: 'person' },
      { text: 'Nvidia', type: 'company', canonical: 'Nvidia' },
    ],
  },
  {
    text: 'Park Jin, chief executive of Zentrix Labs, said the firm would list in Seoul.',
    entities: [
      { text: 'Park Jin', type: 'person' },
      { text: 'Zentrix Labs', type: 'company' },
    ],
  },
  {
    text: "Satya Nadella, Microsoft's chief executive, said the company would spend $80 billion.",
    gazetteer: true,
    entities: [
      { text: 'Satya Nadella', type: 'person' },
      { text: 'Microsoft', type: 'company', canonical: 'Microsoft' },
    ],
  },
  {
    text: 'Researchers at Seoul National University and the Korea Advanced Institute of Science and Technology (KAIST) made a new battery.',
    gazetteer: true,
    entities: [
      { text: 'Seoul National University', type: 'institute' },
      { text: 'Korea Advanced Institute of Science and Technology', type: 'institute' },
      { text: 'KAIST', type: 'institute' },
    ],
    same: [['Korea Advanced Institute of Science and Technology', 'KAIST']],
    absent: ['Researchers'],
  },
  {
    text: 'Tsinghua University and Peking University topped the ranking.',
    gazetteer: true,
    entities: [
      { text: 'Tsinghua University', type: 'institute' },
      { text: 'Peking University', type: 'institute' },
    ],
    absent: ['Tsinghua University and Peking University'],
  },
  {
    text: 'Zentrix University and Quorix University signed an agreement.',
    entities: [
      { text: 'Zentrix University', type: 'institute' },
      { text: 'Quorix University', type: 'institute' },
    ],
    absent: ['Zentrix University and Quorix University'],
  },
  {
    text: 'Officials at the Ministry of Science and ICT said the plan would be announced in May.',
    gazetteer: true,
    entities: [{ text: 'Ministry of Science and ICT', type: 'government' }],
    absent: ['Officials', 'May'],
  },
  {
    text: 'Meta Platforms Inc released Llama 3, its latest large language model, on Thursday.',
    gazetteer: true,
    entities: [
      { text: 'Meta Platforms Inc', type: 'company', canonical: 'Meta' },
      { text: 'Llama 3', type: 'model' },
    ],
  },
  {
    text: 'Tencent Holdings Ltd reported a 10% rise in second-quarter revenue.',
    gazetteer: true,
    entities: [{ text: 'Tencent Holdings Ltd', type: 'company', canonical: 'Tencent' }],
  },
  {
    text: 'Lee Jae-yong, executive chairman of Samsung Electronics, met Chinese Premier Li Qiang in Beijing.',
    gazetteer: true,
    entities: [
      { text: 'Lee Jae-yong', type: 'person' },
      { text: 'Samsung Electronics', type: 'company', canonical: 'Samsung Electronics' },
      { text: 'Li Qiang', type: 'person' },
      { text: 'Beijing', type: 'place' },
    ],
    absent: ['Premier Li', 'Premier Li Qiang'],
  },
  {
    text: 'In Washington, U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.',
    gazetteer: true,
    entities: [
      { text: 'Antony Blinken', type: 'person' },
      { text: 'Wang Yi', type: 'person' },
    ],
    absent: ['State Antony', 'Foreign Minister Wang Yi'],
  },
  {
    text: 'CEO Sam Altman said OpenAI would release GPT-5 later this year.',
    gazetteer: true,
    entities: [
      { text: 'Sam Altman', type: 'person' },
      { text: 'OpenAI', type: 'company' },
      { text: 'GPT-5', type: 'model' },
    ],
    absent: ['CEO', 'CEO Sam Altman'],
  },
  {
    text: 'Shares of Xiaomi Corp rose 6% in Hong Kong after it launched its first electric car.',
    gazetteer: true,
    entities: [
      { text: 'Xiaomi Corp', type: 'company', canonical: 'Xiaomi' },
      { text: 'Hong Kong', type: 'place' },
    ],
    absent: ['Shares of Xiaomi Corp', 'Shares'],
  },
  {
    text: 'Analysts at Quorix Capital said Zentrix Group would cut jobs.',
    entities: [
      { text: 'Quorix Capital', type: 'company' },
      { text: 'Zentrix Group', type: 'company' },
    ],
    absent: ['Analysts'],
  },
  {
    text: 'The European Commission opened an investigation into TikTok under the Digital Services Act.',
    gazetteer: true,
    entities: [{ text: 'European Commission', type: 'government' }],
    absent: ['Digital Services', 'The European Commission'],
  },
  {
    text: 'The Quorix 2 model beat Claude 3.5 Sonnet on coding tasks, the company said.',
    gazetteer: true,
    entities: [
      { text: 'Quorix 2', type: 'model' },
      { text: 'Claude 3.5 Sonnet', type: 'model' },
    ],
  },
  {
    text: 'On Monday, the CEO said AI spending would rise in March and April.',
    entities: [],
    absent: ['On Monday', 'Monday', 'CEO', 'AI', 'March', 'April'],
  },
  {
    text: 'Samsung Profit Falls As Chip Glut Weighs On Memory Prices',
    gazetteer: true,
    entities: [{ text: 'Samsung', type: 'company' }],
    absent: ['Samsung Profit', 'Chip Glut', 'Memory Prices', 'Weighs On Memory Prices'],
  },
];
