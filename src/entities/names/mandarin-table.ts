/**
 * Korean transcription of Mandarin (the official table for Chinese, read on pinyin) and the
 * choices made where it is read backwards and one Hangul spelling stands for several syllables.
 * `tests/entities/names/chinese.test.ts` holds the names these tables are read against.
 */

/** Every pinyin syllable (tones dropped; `v` for ü). */
export const PINYIN_SYLLABLES =
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can ' +
  'cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai ' +
  'chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de deng di ' +
  'dian diao die ding diu dong dou du duan dui dun duo e ei en er fa fan fang fei fen feng fo fou ' +
  'fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han ' +
  'hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao ' +
  'jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai ' +
  'kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu ' +
  'long lou lu luan lun luo lv lve ma mai man mang mao mei men meng mi mian miao mie min ming miu ' +
  'mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu ' +
  'nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi ' +
  'qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong ' +
  'rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen ' +
  'sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta ' +
  'tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang ' +
  'wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang ' +
  'yao ye yi yin ying yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan ' +
  'zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong ' +
  'zou zu zuan zui zun zuo';

/**
 * Where one Hangul spelling transcribes several syllables, the one names use most: `자` is `jia`
 * (家, 佳, 嘉) before `zha`, `창` is `qiang` (强) before `chang`.
 */
export const PREFERRED_SYLLABLE: Readonly<Record<string, string>> = {
  자: 'jia',
  자오: 'zhao',
  장: 'zhang',
  주: 'zhu',
  중: 'zhong',
  차: 'cha',
  창: 'qiang',
  차오: 'cao',
  추: 'qiu',
  충: 'chong',
  천: 'chen',
  청: 'cheng',
  차이: 'cai',
  찬: 'chan',
  추이: 'cui',
  춘: 'chun',
  츠: 'chi',
  처: 'che',
  러: 'le',
  렁: 'leng',
  룽: 'long',
  루: 'lu',
  뤄: 'luo',
  란: 'lan',
  룬: 'lun',
  라오: 'lao',
  펑: 'feng',
  판: 'fan',
  푸: 'fu',
  페이: 'fei',
  팡: 'fang',
  펀: 'fen',
  포: 'po',
  촨: 'chuan',
  좡: 'zhuang',
};

/** Family names whose reading differs from `PREFERRED_SYLLABLE` (`펑` is Peng, 彭, as a family name). */
export const FAMILY_SYLLABLE: Readonly<Record<string, string>> = {
  펑: 'peng',
  창: 'chang',
  판: 'pan',
  룽: 'rong',
  자: 'jia',
};

/** Common Chinese family names in Korean transcription: only these start a name read as Chinese. */
export const CHINESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    '왕 리 장 류 천 양 자오 황 저우 우 쉬 쑨 후 주 가오 린 허 궈 마 뤄 량 쑹 정 셰 한 탕 펑 ' +
    '덩 차오 쩡 샤오 톈 둥 판 위안 차이 위 두 예 청 웨이 쑤 뤼 딩 런 루 야오 선 중 장 추이 탄 ' +
    '랴오 진 팡 추 샤 쩌우 스 슝 멍 친 옌 쉐 허우 레이 바이 룽 돤 하오 쿵 사오 마오 창 완 구 ' +
    '라이 캉 인 첸 뉴 훙 궁 원 지 싱 타오 저 푸 자 시 보 어우양 쓰마 주거 상관'
  ).split(' '),
);

/** Two-syllable family names, written joined (`Ouyang`). */
export const CHINESE_COMPOUND_FAMILY = new Set(['어우양', '쓰마', '주거', '상관']);
