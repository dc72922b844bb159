/**
 * Chinese → English terms of the UN human-rights vocabulary, so a Chinese query reaches the
 * recommendations, which the UN and UPR Info publish in English (docs/upr.md, "Chinese queries").
 * Each entry: the Chinese forms a user may type (the UN's official Chinese first, then common
 * variants) and the English query they stand for, in the search language (phrases, `word*`, OR).
 * English is written as the UN writes it; a prefix is used where the forms differ (Tibet/Tibetan).
 */
export interface GlossaryEntry {
  zh: readonly string[];
  en: string;
}

export const UPR_GLOSSARY: readonly GlossaryEntry[] = [
  { zh: ['人权维护者', '人权捍卫者', '人权卫士', '维权人士'], en: '"human rights defenders"' },
  { zh: ['人权'], en: '"human rights"' },
  { zh: ['言论自由', '表达自由', '意见和言论自由'], en: '"freedom of expression"' },
  { zh: ['意见自由'], en: '"freedom of opinion"' },
  { zh: ['结社自由'], en: '"freedom of association"' },
  { zh: ['集会自由', '和平集会自由'], en: '"freedom of assembly" OR "peaceful assembly"' },
  {
    zh: ['宗教自由', '宗教或信仰自由', '信仰自由'],
    en: '"freedom of religion" OR "religious freedom"',
  },
  {
    zh: ['新闻自由', '媒体自由'],
    en: '"freedom of the press" OR "press freedom" OR "media freedom"',
  },
  { zh: ['迁徙自由', '行动自由'], en: '"freedom of movement"' },
  { zh: ['酷刑'], en: 'torture' },
  { zh: ['禁止酷刑公约', '反酷刑公约'], en: '"Convention against Torture"' },
  { zh: ['任择议定书'], en: '"Optional Protocol"' },
  { zh: ['死刑'], en: '"death penalty" OR "capital punishment"' },
  { zh: ['暂停执行死刑', '暂停死刑'], en: 'moratorium' },
  { zh: ['废除死刑'], en: 'abolish* "death penalty"' },
  { zh: ['西藏', '藏族', '藏人'], en: 'tibet*' },
  { zh: ['新疆'], en: 'xinjiang' },
  { zh: ['维吾尔', '维吾尔族', '维吾尔人'], en: 'uyghur* OR uighur*' },
  { zh: ['香港'], en: '"hong kong"' },
  { zh: ['澳门'], en: 'macao OR macau' },
  { zh: ['内蒙古'], en: '"inner mongolia"' },
  { zh: ['报复', '打击报复'], en: 'reprisal*' },
  { zh: ['恐吓'], en: 'intimidat*' },
  { zh: ['公民社会', '民间社会'], en: '"civil society"' },
  { zh: ['非政府组织'], en: '"non-governmental organizations" OR ngo*' },
  { zh: ['记者', '新闻工作者'], en: 'journalist*' },
  { zh: ['律师'], en: 'lawyer*' },
  { zh: ['任意拘留'], en: '"arbitrary detention"' },
  { zh: ['拘留', '羁押'], en: 'detention OR detained' },
  { zh: ['强迫失踪'], en: '"enforced disappearance"' },
  { zh: ['指定居所监视居住'], en: '"residential surveillance"' },
  { zh: ['劳动教养', '劳教'], en: '"re-education through labour" OR "reeducation through labor"' },
  { zh: ['强迫劳动'], en: '"forced labour" OR "forced labor"' },
  { zh: ['少数民族'], en: '"ethnic minorities" OR minorities' },
  { zh: ['少数群体'], en: 'minorities' },
  { zh: ['土著人民', '原住民'], en: '"indigenous peoples"' },
  { zh: ['妇女权利', '妇女'], en: 'women' },
  { zh: ['性别平等'], en: '"gender equality"' },
  { zh: ['家庭暴力'], en: '"domestic violence"' },
  { zh: ['儿童权利', '儿童'], en: 'child*' },
  { zh: ['残疾人'], en: '"persons with disabilities"' },
  { zh: ['移民', '移徙工人'], en: 'migrant*' },
  { zh: ['难民'], en: 'refugee*' },
  { zh: ['不驱回', '不推回'], en: 'non-refoulement' },
  { zh: ['寻求庇护者', '庇护'], en: 'asylum' },
  { zh: ['人口贩运', '贩运人口'], en: 'trafficking' },
  { zh: ['歧视', '不歧视'], en: 'discrimination' },
  { zh: ['种族歧视'], en: '"racial discrimination"' },
  { zh: ['性取向'], en: '"sexual orientation"' },
  { zh: ['性别认同'], en: '"gender identity"' },
  { zh: ['国家人权机构'], en: '"national human rights institution"' },
  { zh: ['巴黎原则'], en: '"Paris Principles"' },
  { zh: ['特别程序'], en: '"special procedures"' },
  { zh: ['特别报告员'], en: '"special rapporteur"' },
  { zh: ['长期有效邀请', '长期邀请'], en: '"standing invitation"' },
  { zh: ['人权高专办', '人权高级专员办事处'], en: '"High Commissioner" OR OHCHR' },
  {
    zh: ['公民权利和政治权利国际公约', '公民及政治权利国际公约'],
    en: 'ICCPR OR "Civil and Political Rights"',
  },
  { zh: ['经济社会文化权利'], en: '"economic, social and cultural rights"' },
  { zh: ['批准'], en: 'ratif*' },
  { zh: ['国际刑事法院', '罗马规约'], en: '"Rome Statute" OR "International Criminal Court"' },
  { zh: ['法治'], en: '"rule of law"' },
  { zh: ['司法独立'], en: '"independence of the judiciary" OR "independent judiciary"' },
  { zh: ['公正审判'], en: '"fair trial"' },
  { zh: ['有罪不罚'], en: 'impunity' },
  { zh: ['腐败', '反腐败'], en: 'corruption' },
  { zh: ['贫困', '减贫', '扶贫'], en: 'poverty' },
  { zh: ['发展权'], en: '"right to development"' },
  { zh: ['受教育权', '教育'], en: 'education' },
  { zh: ['健康权', '卫生'], en: 'health' },
  { zh: ['住房'], en: 'housing' },
  { zh: ['强迫拆迁', '强制拆迁', '强制驱逐'], en: '"forced evictions" OR "forced eviction"' },
  { zh: ['互联网', '网络'], en: 'internet OR online' },
  { zh: ['审查', '网络审查'], en: 'censorship' },
  { zh: ['监视', '监控'], en: 'surveillance' },
  { zh: ['国家安全'], en: '"national security"' },
  { zh: ['反恐', '反恐怖主义', '恐怖主义'], en: 'terroris*' },
  { zh: ['分裂主义', '分裂'], en: 'separatis*' },
  { zh: ['极端主义'], en: 'extremis*' },
  { zh: ['宗教'], en: 'religio*' },
  { zh: ['法轮功'], en: '"Falun Gong"' },
  { zh: ['再教育营', '职业技能教育培训中心'], en: '"re-education" OR "vocational" OR camps' },
  { zh: ['普遍定期审议'], en: '"universal periodic review" OR UPR' },
  { zh: ['条约机构'], en: '"treaty bodies"' },
  { zh: ['人权理事会'], en: '"Human Rights Council"' },
  { zh: ['人权教育'], en: '"human rights education"' },
  { zh: ['气候变化'], en: '"climate change"' },
  { zh: ['一带一路'], en: '"Belt and Road"' },
];

/** Every Chinese form, longest first, for the longest match when a run holds several terms. */
const FORMS: ReadonlyArray<{ zh: string; en: string }> = UPR_GLOSSARY.flatMap((e) =>
  e.zh.map((zh) => ({ zh, en: e.en })),
).sort((a, b) => b.zh.length - a.zh.length || a.zh.localeCompare(b.zh));

const BY_FORM = new Map(FORMS.map((f) => [f.zh, f.en]));

/** The English query of a Chinese term, when the glossary has it as written. */
export function glossaryLookup(zh: string): string | undefined {
  return BY_FORM.get(zh);
}

/**
 * A run of Chinese cut into glossary terms, longest first from the left; characters no term
 * starts at are kept together as `{ zh, en: undefined }`, so the caller can say what has no
 * English equivalent.
 */
export function glossaryCover(run: string): Array<{ zh: string; en: string | undefined }> {
  const out: Array<{ zh: string; en: string | undefined }> = [];
  let rest = '';
  let i = 0;
  outer: while (i < run.length) {
    for (const f of FORMS)
      if (run.startsWith(f.zh, i)) {
        if (rest) out.push({ zh: rest, en: undefined });
        rest = '';
        out.push(f);
        i += f.zh.length;
        continue outer;
      }
    rest += run[i];
    i++;
  }
  if (rest) out.push({ zh: rest, en: undefined });
  return out;
}
