/**
 * English examples for src/entities/cues.en.ts and the Latin-name patterns: sentence → entities
 * expected and mentions that must not appear. Written by hand; `Zentrix`, `Quorix` and the like
 * are invented, so the rules alone must find them.
 */
import type { Example } from './corpus.ko.js';

export const EN_CORPUS: Example[] = [
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
      { text: 'Alibaba Group', type: 'company', canonical: 'Alibaba' },
      { text: 'Tencent', type: 'company' },
    ],
    absent: ['Rivals Alibaba Group', 'Rivals'],
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
];
