/**
 * English cue tables: organisation words and what kind of body they mark. Examples for every row
 * are in tests/entities/corpus.en.ts.
 */
import type { EntityType } from '../../types.js';

/** Words that end (`Zentrix Holdings Inc.`) or head (`Ministry of Commerce`) an organisation. */
export const EN_ORG_WORDS: Record<string, EntityType> = {
  Inc: 'company',
  'Inc.': 'company',
  Corp: 'company',
  'Corp.': 'company',
  Corporation: 'company',
  Ltd: 'company',
  'Ltd.': 'company',
  Limited: 'company',
  LLC: 'company',
  PLC: 'company',
  plc: 'company',
  AG: 'company',
  GmbH: 'company',
  Co: 'company',
  'Co.': 'company',
  Group: 'company',
  Holding: 'company',
  Holdings: 'company',
  Technologies: 'company',
  Technology: 'company',
  Labs: 'company',
  Electronics: 'company',
  Motors: 'company',
  Bank: 'company',
  Capital: 'company',
  Ventures: 'company',
  Partners: 'company',
  Pharmaceuticals: 'company',
  Semiconductor: 'company',
  Telecom: 'company',
  Airlines: 'company',
  Airways: 'company',
  Securities: 'company',
  Insurance: 'company',
  Industries: 'company',
  Aerospace: 'company',
  Biologics: 'company',
  Therapeutics: 'company',
  Shipbuilding: 'company',
  Chemical: 'company',
  Semiconductors: 'company',
  Systems: 'company',
  Robotics: 'company',
  Academy: 'institute',
  University: 'institute',
  Institute: 'institute',
  College: 'institute',
  Foundation: 'institute',
  Society: 'institute',
  Association: 'institute',
  Laboratory: 'institute',
  Ministry: 'government',
  Agency: 'government',
  Commission: 'government',
  Department: 'government',
  Administration: 'government',
  Bureau: 'government',
  Authority: 'government',
  Council: 'government',
  Parliament: 'government',
  Congress: 'government',
  Senate: 'government',
  Court: 'government',
  Government: 'government',
  Times: 'media',
  Post: 'media',
  Journal: 'media',
  Herald: 'media',
  Tribune: 'media',
  Daily: 'media',
  Gazette: 'media',
  Broadcasting: 'media',
};

/** Lower-case words allowed inside a capitalised name (`Academy of Sciences`, `AT&T`). */
export const EN_NAME_JOINERS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'de',
  'on',
]);

/**
 * Capitalised words that start sentences or name common things, not part of an organisation's
 * name when they open a capitalised run (`Meanwhile Zentrix Holdings Inc.`).
 */
export const EN_NOT_NAME_START: ReadonlySet<string> = new Set(
  (
    'The A An In On At By For From With Without Meanwhile But And Or However Its It This That These ' +
    'Those Their His Her Our We They He She I As After Before When While If Since Although Last Next ' +
    'Both Each Every Some Many Most Other Such Several According Earlier Later Also Then Yet Still ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December'
  ).split(' '),
);

/** Words near a versioned name that say it is a model (`Llama 2 model`, `chatbot Ernie Bot`). */
export const EN_MODEL_CUES: ReadonlySet<string> = new Set([
  'model',
  'models',
  'LLM',
  'LLMs',
  'chatbot',
  'chatbots',
  'assistant',
  'language',
]);

/**
 * Titles written before a person's name, lower-cased (`Chief Executive Robin Li`, `President
 * Yoon Suk Yeol`, `Premier Li Qiang`, `Secretary of State Antony Blinken`): the capitalised words
 * after the last title word are the name. Any word before the title (`Commerce`, `Foreign`) stays
 * out, so only the title's last word has to be listed.
 */
export const EN_TITLES_BEFORE: ReadonlySet<string> = new Set(
  (
    'president premier chancellor minister secretary chair chairman chairwoman executive ceo cto ' +
    'cfo coo founder co-founder governor senator sen. rep. gov. dr. professor prof. mayor ' +
    'ambassador commissioner spokesman spokeswoman spokesperson analyst judge justice director ' +
    'lawmaker mr. ms. mrs. officer king queen pope prince leader'
  ).split(' '),
);

/**
 * Lower-case role words after a person's name and a comma (`Jensen Huang, chief executive of
 * Nvidia,`, `Lee Jae-yong, executive chairman of …`, `Satya Nadella, Microsoft's chief …`).
 */
export const EN_TITLES_AFTER: ReadonlySet<string> = new Set(
  (
    'chief executive chairman chairwoman president founder co-founder head director ceo cto cfo ' +
    'spokesman spokeswoman spokesperson minister secretary governor analyst professor partner ' +
    'economist strategist vice deputy senior managing general'
  ).split(' '),
);

/**
 * Legal and corporate-form words after a company's own name (`Baidu Inc`, `Alibaba Group
 * Holding`): the name before them is the company the gazetteer knows.
 */
export const EN_LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Corporation',
  'Co',
  'Co.',
  'Ltd',
  'Ltd.',
  'Limited',
  'Group',
  'Holding',
  'Holdings',
  'PLC',
  'Plc',
  'LLC',
  'AG',
  'SA',
  'NV',
  'SE',
  'Company',
  // descriptive forms of a listed name (`Huawei Technologies`); `Electronics` is not one, since
  // `Samsung Electronics` is not the Samsung group
  'Technologies',
  'Technology',
]);

/**
 * Capitalised titles that end an organisation's run of capitalised words when they follow it:
 * `Bank of Korea Governor Rhee Chang-yong` is the bank, then the governor. Titles that are also
 * part of bodies' names (`Department of Justice`, `King Abdullah University`) are not here.
 */
export const EN_TITLES_ENDING_ORGS: ReadonlySet<string> = new Set(
  (
    'President Premier Chancellor Minister Chair Chairman Chairwoman CEO CTO CFO COO Founder ' +
    'Co-founder Governor Senator Mayor Ambassador Commissioner Spokesman Spokeswoman Spokesperson ' +
    'Analyst Director Executive Chief'
  ).split(' '),
);

/**
 * Lower-case words hyphened to a name that end the name at the hyphen (`Hong Kong-listed`,
 * `Seoul-based`); any other tail stays (`Sang-hyun`, `Jae-yong`, `Coca-Cola`).
 */
export const EN_HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'based listed owned led backed made born run controlled funded linked style related focused ' +
    'affiliated headquartered registered bound specific centric wide area era level class grade ' +
    'friendly origin language speaking'
  ).split(' '),
);

/**
 * Korean family names as English news romanises them; with a hyphenated two-syllable given name
 * after them (`Park Sang-hyun`, `Rhee Chang-yong`) they make a person's name.
 */
export const EN_KOREAN_SURNAMES: ReadonlySet<string> = new Set(
  (
    'Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im ' +
    'Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Chun Ko Koh Go Moon ' +
    'Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Roh Noh Ha Kwak Sung Seong Cha Joo Ju Woo Min Ra ' +
    'Na Jin Yeo Pyo Gil Byun Byeon Ban Wang Won Chae Um Eom Gong Kook Maeng Do Tak Yeom Hyun Kong ' +
    'Ok Yeon Bang Seol Pi Ma Cheon Ki Ku Koo'
  ).split(' '),
);

/**
 * Chinese family names in pinyin; with a given name of one or two pinyin syllables after them
 * (`Yang Zhilin`, `Liang Wenfeng`, `Wang Haitao`) they make a person's name. `He` is left out:
 * it is mostly the pronoun.
 */
export const EN_CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng Liang ' +
    'Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei ' +
    'Su Lu Ding Ren Shen Yao Jin Fu Zhong Lei Qian Dai Fan Bai Cui Mao Qiu Qin Xi Hou Shi Meng Long ' +
    'Wan Duan Lei Tan Jia Xia Fang Yin Gu Kong Lai Yan Wen Qi Niu Zou Hao Shao'
  ).split(' '),
);
