/**
 * UI text of the Universal Periodic Review pages, in English and Chinese. `uprZh` is typed as the
 * shape of `uprEn`, so a key missing from either language is a compile error. Merged into i18n.ts as `t.upr`.
 */

import {
  UPR_RULE_NAMES_EN,
  UPR_RULE_NAMES_ZH,
  UPR_THEME_ZH,
  undotted,
} from '../domain/upr-theme-names';

/** English singular or plural, chosen on the figure as formatted ("1" is the only singular). */
const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

export const uprEn = {
  title: 'Universal Periodic Review',

  // search
  searchTitle: 'UPR recommendations',
  searchIntro:
    'Every UN member is reviewed every four to five years and answers each recommendation other states make to it. Search all recommendations and narrow them by state, group, cycle, response, theme or how specific the action asked is.',
  queryLabel: 'Search the recommendations',
  queryPlaceholder: 'e.g. "human rights defenders" AND release',
  searchButton: 'Search',
  syntaxTitle: 'How to write a query',
  syntaxItems: [
    ['release detained', 'both words (AND is implied)'],
    ['torture OR "ill-treatment"', 'either one'],
    ['journalists NOT Tibet', 'the first without the second (or: journalists -Tibet)'],
    ['(release OR investigate) AND defenders', 'parentheses group a part of the query'],
    ['journalist*', 'any word that starts so'],
    ['"human rights defenders"', 'the exact phrase'],
    ['ratify', 'also finds ratifying, ratified, ratification (words are stemmed)'],
    [
      'free*',
      'stemming keeps some forms apart: free does not find freedom, Tibet not Tibetan; a prefix finds every word starting so',
    ],
    [
      '人权维护者',
      'the recommendations are published in English: a Chinese term of our glossary (人权维护者, 酷刑, 西藏, 言论自由 …) is also searched in English, and the page says so',
    ],
  ] as readonly (readonly [query: string, meaning: string])[],
  stemmingRule:
    'Words are reduced to their stem (Porter’s rules), so ratify, ratified and ratification are one word, and so are right and rights. Stemming does not join words whose endings differ more: free / freedom, Tibet / Tibetan, freed / free. Write a prefix with * (free*, Tibet*) to find every word that starts so; the prefix is matched before stemming.',
  syntaxTry: 'Try',
  // result order (docs/upr.md, "Search")
  orderLabel: 'Order',
  orders: {
    '': 'as imported',
    relevance: 'most relevant first',
  } as Record<string, string>,
  // counting units (docs/upr.md, "Units")
  countIn: 'Count in',
  unitRules: {
    auto: 'one unit per review (UN paragraphs where stored, else UPR Info rows)',
    paragraph: 'UN paragraphs only',
    'recommending-state': 'UPR Info rows only',
  } as Record<string, string>,
  unitCount: (n: string, unit: string) => `${n} in ${unit}`,
  searchUnitNotice: (counted: string) => `Counted: ${counted}.`,
  leftOutNotice: (n: string) =>
    `${plural(n, 'match', 'matches')} in the other unit not counted (the same reviews, counted in the unit above).`,
  glossaryNotice: (term: string, query: string) =>
    `“${term}” was also searched in English as ${query}: the recommendations are published in English.`,
  untranslatedNotice: (words: string) =>
    `Not in our glossary of UN human-rights terms, so searched only as written: ${words}.`,
  whyEmpty: {
    'query-ignored': () => 'Nothing was searched: every part of the query was ignored.',
    'chinese-not-in-texts': () =>
      'Nothing matched: the stored recommendations are in English and hold no Chinese text, and our glossary has no English for the Chinese words of the query. Search in English.',
    'filters-exclude': (n: string) =>
      `Nothing matched with these filters; the words alone match ${plural(n, 'recommendation', 'recommendations')}. Remove a filter.`,
    'other-unit': (n: string) =>
      `Nothing matched in this unit; ${plural(n, 'recommendation', 'recommendations')} match in the other unit.`,
    'no-match': () =>
      'No recommendation holds these words. Other forms of a word may need a prefix (free*).',
  } as Record<string, (n: string) => string>,
  prefixHint: (n: string) => `${plural(n, 'recommendation', 'recommendations')} with a prefix:`,
  facetsTitle: 'Narrow the results',
  facets: {
    sur: 'State under review',
    from: 'Recommending state',
    region: 'Regional group of the recommending state',
    cycle: 'Cycle',
    response: 'Response',
    theme: 'Theme',
    action: 'Action asked (category)',
    source: 'Source',
  },
  facetShowAll: (n: string) => `Show all ${n}`,
  facetShowFewer: 'Show fewer',
  facetAdd: (facet: string, value: string, n: string) =>
    `Only ${value} (${facet}): ${plural(n, 'recommendation', 'recommendations')}`,
  facetRemove: (facet: string, value: string) => `Remove filter ${facet}: ${value}`,
  activeFilters: 'Filters',
  clearAll: 'Clear all',
  resultsTotal: (n: string) => `${plural(n, 'recommendation', 'recommendations')}`,
  resultsTotalQuery: (n: string, q: string) =>
    `${plural(n, 'recommendation', 'recommendations')} match “${q}”`,
  noResults: 'No recommendation matches.',
  queryProblems: 'Parts of the query were ignored:',
  resultsLabel: 'Results',
  openRecommendation: 'Open',
  openRecommendationOf: (id: string) => `Open recommendation ${id}`,
  toState: (state: string) => `to ${state}`,
  byStates: (states: string) => `by ${states}`,
  cycleN: (n: string) => `cycle ${n}`,
  cycleTitle: (n: string) => `Cycle ${n}`,
  downloadResults: 'Download all results (CSV)',

  // vocabularies
  responses: {
    supported: 'Supported',
    partially: 'Partially supported',
    noted: 'Noted',
    rejected: 'Rejected',
    pending: 'No response yet',
  } as Record<string, string>,
  regions: {
    African: 'African Group',
    'Asia-Pacific': 'Asia-Pacific Group',
    EEG: 'Eastern European Group',
    GRULAC: 'Latin American and Caribbean Group',
    WEOG: 'Western European and Others Group',
    none: 'No regional group',
  } as Record<string, string>,
  actions: {
    '1': '1 · minimal action',
    '2': '2 · continuing action',
    '3': '3 · considering action',
    '4': '4 · general action',
    '5': '5 · specific action',
  } as Record<string, string>,
  // the source kinds name their counting unit: mixing them counts a review twice
  sourceKinds: {
    'upr-info-export': 'UPR Info export (one row per recommending state)',
    'un-matrix': 'UN matrix (one row per paragraph)',
    'wg-report': 'Working Group report (one row per paragraph)',
  } as Record<string, string>,
  tones: {
    critical: 'Critical of the state',
    supportive: 'Supportive of the state',
    neutral: 'Neutral',
  } as Record<string, string>,
  /** themes are stored in English: the identity in English */
  themeNames: Object.fromEntries(Object.keys(UPR_THEME_ZH).map((k) => [k, k])) as Record<
    string,
    string
  >,
  /** our labelling rules, as a reader understands them (the id stays in the title); keyed by the
   * rule id with ':' for '.', since the dictionary's paths are dotted */
  ruleNames: undotted(UPR_RULE_NAMES_EN),
  themeRule: 'words of the theme',

  // recommendation page
  recommendationTitle: (id: string) => `UPR recommendation ${id}`,
  backToSearch: '← UPR recommendations',
  stateUnderReview: 'State under review',
  recommendingStates: 'Recommended by',
  printedAs: (name: string) => `printed as “${name}”`,
  cycleAndSession: 'Cycle and session',
  cycleSession: (cycle: string, session: string) => `cycle ${cycle}, session ${session}`,
  paragraph: 'Paragraph',
  reportSymbol: 'Report',
  positionSource: 'Source of the position',
  response: 'Response',
  responseRaw: 'as worded by the state',
  noResponseRaw: 'wording not recorded',
  labelsTitle: 'Labels: ours beside the source’s',
  labelsIntro:
    'Our labels are suggestions made by rules from the wording of the recommendation; each names the rule and the words that fired it. The source’s labels are those given by UPR Info’s staff or in the UN matrix.',
  colLabel: 'Label',
  colOurs: 'Ours (machine-suggested)',
  colSource: 'Source’s own',
  actionCategory: 'Action category',
  themes: 'Themes',
  tone: 'Tone',
  narrative: 'Adopts the state’s own narrative',
  narrativeNo: 'No',
  saysRepeated: 'Says it repeats an earlier recommendation',
  yes: 'Yes',
  no: 'No',
  rule: (rule: string, matched: string) =>
    matched ? `rule ${rule}, matched “${matched}”` : `rule ${rule}`,
  none: 'none',
  notGiven: 'not given',
  sourceTitle: 'Where it was read',
  recommendationSource: 'The recommendation',
  responseSourceTitle: 'The response',
  earlierTitle: 'Similar recommendations from earlier cycles',
  earlierIntro: 'By the same recommending states to the same state, closest wording first.',
  similarity: (pct: string) => `${pct} of content words shared`,
  viewStateProfile: (state: string) => `Profile of ${state}`,

  // state profile
  stateTitle: (state: string) => `${state} in the Universal Periodic Review`,
  stateIntro: (state: string) =>
    `How ${state} answered the recommendations made to it, cycle by cycle. Counts are in the unit of the source: a UN paragraph (which may name several states) or, in the UPR Info export, one recommending state per row.`,
  stateTotal: (n: string, cycles: string) =>
    `${plural(n, 'recommendation', 'recommendations')} over ${plural(cycles, 'cycle', 'cycles')}`,
  unitTotal: (n: string, unit: string, cycles: string) => `${n} ${unit} (${cycles})`,
  neverAdded: 'Totals in different units are never added up.',
  cycleList: (list: string) => (/[–,]/.test(list) ? `cycles ${list}` : `cycle ${list}`),
  unitPartTitle: (unit: string, cycles: string) => `Counted in ${unit}, ${cycles}`,
  profileUnitChoice: {
    auto: 'UN paragraphs where published, else UPR Info rows',
    official: 'UN paragraphs only',
    'upr-info': 'UPR Info rows only',
  } as Record<string, string>,
  unitChangeMark: 'unit changes',
  unitChangeNote: (before: string, after: string, from: string, to: string) =>
    `Between cycle ${before} and cycle ${after} the unit changes, from ${from} to ${to}: bars and rates on either side of the dashed line do not compare. Count in one unit to compare them.`,
  unitsShort: { paragraph: 'paragraphs', 'recommending-state': 'UPR Info rows' } as Record<
    string,
    string
  >,
  chartTitle: 'Responses per cycle',
  chartLabel: (state: string, rates: string) =>
    `Stacked bar chart of the responses of ${state} per cycle. Noted or rejected: ${rates}.`,
  chartRate: (cycle: string, pct: string) => `cycle ${cycle} ${pct}`,
  rateAbove: 'noted + rejected',
  cyclesTableCaption: 'Responses per cycle, with the share of critical recommendations accepted',
  colCycle: 'Cycle',
  colTotal: 'Total',
  colRate: 'Noted or rejected',
  colCritical: 'Critical among accepted',
  colCriticalHint:
    'Of the supported or partially supported recommendations, how many our tone rules call critical (release, investigate, end, allow access, ratify…)',
  colRepeated: 'Repeated',
  colRepeatedHint:
    'Recommendations that repeat one from an earlier cycle (close wording, or saying so)',
  colNarrative: 'Adopt the state’s narrative',
  colUnit: 'Counted in',
  units: {
    paragraph: 'UN paragraphs',
    'recommending-state': 'UPR Info rows (one per recommending state)',
  } as Record<string, string>,
  criticalShare: (critical: string, accepted: string, pct: string) =>
    `${critical} of ${accepted} (${pct})`,
  searchThese: (n: string) => `Search these ${n}`,
  topStatesTitle: 'Recommending states',
  topStatesCaption: (n: string, unit: string, cycles: string) =>
    `The ${plural(n, 'state', 'states')} that made most recommendations, counted in ${unit}, ${cycles}`,
  regionsTitle: 'Regional groups of the recommending states',
  regionsCaption: (unit: string, cycles: string) =>
    `Recommendations by regional group of the recommending state, counted in ${unit}, ${cycles}`,
  colRecommender: 'Recommending state',
  colRegion: 'Regional group',
  colCriticalSupported: 'Critical among supported',
  downloadProfile: 'Download per-cycle figures (CSV)',
  stateLinkAll: 'Search all recommendations to this state',
  notFoundState: (code: string) => `No UPR recommendations to ${code} are stored.`,
  profilesTitle: 'State profiles',
};

export type UprMessages = typeof uprEn;

export const uprZh: UprMessages = {
  title: '普遍定期审议',

  searchTitle: '普遍定期审议建议',
  searchIntro:
    '每个联合国会员国每四到五年接受一次审议，并对其他国家提出的每条建议作出答复。可在此检索所有建议，并按国家、区域组、周期、答复、主题或所要求行动的具体程度加以筛选。',
  queryLabel: '检索建议',
  queryPlaceholder: '例如 "human rights defenders" AND release',
  searchButton: '检索',
  syntaxTitle: '查询写法',
  syntaxItems: [
    ['release detained', '同时包含两个词（默认 AND）'],
    ['torture OR "ill-treatment"', '包含其一'],
    ['journalists NOT Tibet', '包含前者但不含后者（也可写作 journalists -Tibet）'],
    ['(release OR investigate) AND defenders', '用括号把查询的一部分分组'],
    ['journalist*', '以此开头的任何词'],
    ['"human rights defenders"', '完全一致的短语'],
    ['ratify', '同时找到 ratifying、ratified、ratification（词干匹配）'],
    [
      'free*',
      '词干匹配不会合并所有词形：free 找不到 freedom，Tibet 找不到 Tibetan；前缀检索可找到所有以此开头的词',
    ],
    [
      '人权维护者',
      '建议以英文发布：本站术语表中的中文词语（人权维护者、酷刑、西藏、言论自由……）会同时按英文检索，页面会注明',
    ],
  ],
  stemmingRule:
    '英文词语按词干匹配（Porter 规则）：ratify、ratified、ratification 视为同一个词，right 与 rights 也是。词尾差别更大的词不会合并：free 与 freedom、Tibet 与 Tibetan、freed 与 free。用 * 写前缀（free*、Tibet*）可找到所有以此开头的词；前缀在词干处理之前匹配。',
  syntaxTry: '试试',
  orderLabel: '排序',
  orders: {
    '': '按导入顺序',
    relevance: '相关度最高的在前',
  },
  countIn: '计数单位',
  unitRules: {
    auto: '每次审议只用一种单位（有联合国段落的用段落，否则用 UPR Info 行）',
    paragraph: '只用联合国段落',
    'recommending-state': '只用 UPR Info 行',
  },
  unitCount: (n, unit) => `${unit} ${n} 条`,
  searchUnitNotice: (counted) => `计数：${counted}。`,
  leftOutNotice: (n) => `另一单位中的 ${n} 条匹配未计入（同一审议已按上述单位计数）。`,
  glossaryNotice: (term, query) => `“${term}”同时按英文 ${query} 检索：建议以英文发布。`,
  untranslatedNotice: (words) => `不在本站联合国人权术语表中，只按原文检索：${words}。`,
  whyEmpty: {
    'query-ignored': () => '未检索：查询的每一部分都被忽略。',
    'chinese-not-in-texts': () =>
      '没有结果：已存储的建议均为英文，不含中文文本，而术语表中没有查询中中文词语的英文对应。请用英文检索。',
    'filters-exclude': (n) =>
      `在这些筛选条件下没有结果；仅按词语可找到 ${n} 条建议。请去掉某个筛选条件。`,
    'other-unit': (n) => `此计数单位中没有结果；另一单位中有 ${n} 条建议符合。`,
    'no-match': () => '没有建议包含这些词语。同一词的其他形式可能需要前缀检索（free*）。',
  },
  prefixHint: (n) => `使用前缀可找到 ${n} 条建议：`,
  facetsTitle: '筛选结果',
  facets: {
    sur: '受审议国',
    from: '提出建议的国家',
    region: '建议国所属区域组',
    cycle: '周期',
    response: '答复',
    theme: '主题',
    action: '所要求的行动（类别）',
    source: '来源',
  },
  facetShowAll: (n) => `显示全部 ${n} 项`,
  facetShowFewer: '收起',
  facetAdd: (facet, value, n) => `仅看 ${value}（${facet}）：${n} 条建议`,
  facetRemove: (facet, value) => `取消筛选 ${facet}：${value}`,
  activeFilters: '筛选条件',
  clearAll: '全部清除',
  resultsTotal: (n) => `共 ${n} 条建议`,
  resultsTotalQuery: (n, q) => `共 ${n} 条建议符合“${q}”`,
  noResults: '没有符合条件的建议。',
  queryProblems: '查询中以下部分被忽略：',
  resultsLabel: '结果',
  openRecommendation: '打开',
  openRecommendationOf: (id) => `打开第 ${id} 号建议`,
  toState: (state) => `致${state}`,
  byStates: (states) => `由${states}提出`,
  cycleN: (n) => `第 ${n} 周期`,
  cycleTitle: (n) => `第 ${n} 周期`,
  downloadResults: '下载全部结果（CSV）',

  responses: {
    supported: '支持',
    partially: '部分支持',
    noted: '注意到',
    rejected: '拒绝',
    pending: '尚未答复',
  },
  regions: {
    African: '非洲国家组',
    'Asia-Pacific': '亚太国家组',
    EEG: '东欧国家组',
    GRULAC: '拉丁美洲和加勒比国家组',
    WEOG: '西欧和其他国家组',
    none: '无区域组',
  },
  actions: {
    '1': '1 · 最低限度行动',
    '2': '2 · 继续现有行动',
    '3': '3 · 考虑采取行动',
    '4': '4 · 一般性行动',
    '5': '5 · 具体行动',
  },
  sourceKinds: {
    'upr-info-export': 'UPR Info 导出（每个建议国一行）',
    'un-matrix': '联合国建议矩阵（每段一行）',
    'wg-report': '工作组报告（每段一行）',
  },
  tones: {
    critical: '对该国持批评态度',
    supportive: '对该国持支持态度',
    neutral: '中性',
  },
  themeNames: UPR_THEME_ZH,
  ruleNames: undotted(UPR_RULE_NAMES_ZH),
  themeRule: '该主题的词语',

  recommendationTitle: (id) => `第 ${id} 号普遍定期审议建议`,
  backToSearch: '← 普遍定期审议建议',
  stateUnderReview: '受审议国',
  recommendingStates: '提出建议的国家',
  printedAs: (name) => `原文写作“${name}”`,
  cycleAndSession: '周期与届会',
  cycleSession: (cycle, session) => `第 ${cycle} 周期，第 ${session} 届会议`,
  paragraph: '段落',
  reportSymbol: '报告',
  positionSource: '立场来源',
  response: '答复',
  responseRaw: '该国原话',
  noResponseRaw: '未记录原话',
  labelsTitle: '标签：本站标签与来源标签对照',
  labelsIntro:
    '本站标签是依据建议措辞由规则给出的建议性标签，每个标签都注明所用规则和触发的词语。来源标签是 UPR Info 工作人员或联合国建议矩阵给出的标签。',
  colLabel: '标签',
  colOurs: '本站（机器建议）',
  colSource: '来源自身',
  actionCategory: '行动类别',
  themes: '主题',
  tone: '语气',
  narrative: '采用受审议国自身叙事',
  narrativeNo: '否',
  saysRepeated: '自称重复以往建议',
  yes: '是',
  no: '否',
  rule: (rule, matched) => (matched ? `规则 ${rule}，匹配“${matched}”` : `规则 ${rule}`),
  none: '无',
  notGiven: '未提供',
  sourceTitle: '出处',
  recommendationSource: '建议',
  responseSourceTitle: '答复',
  earlierTitle: '以往周期的相似建议',
  earlierIntro: '同一建议国向同一受审议国提出的建议，按措辞相似度排序。',
  similarity: (pct) => `实词重合 ${pct}`,
  viewStateProfile: (state) => `${state}概况`,

  stateTitle: (state) => `${state}在普遍定期审议中`,
  stateIntro: (state) =>
    `${state}在各周期中如何答复向其提出的建议。计数采用来源的单位：联合国文件中的一个段落（可能列有多个国家），或 UPR Info 导出数据中的一行（一个建议国）。`,
  stateTotal: (n, cycles) => `${cycles} 个周期共 ${n} 条建议`,
  unitTotal: (n, unit, cycles) => `${cycles}：${unit} ${n} 条`,
  neverAdded: '不同单位的总数从不相加。',
  cycleList: (list) => `第 ${list} 周期`,
  unitPartTitle: (unit, cycles) => `${cycles}，按${unit}计数`,
  profileUnitChoice: {
    auto: '有联合国段落的用段落，否则用 UPR Info 行',
    official: '只用联合国段落',
    'upr-info': '只用 UPR Info 行',
  },
  unitChangeMark: '单位改变',
  unitChangeNote: (before, after, from, to) =>
    `第 ${before} 周期与第 ${after} 周期之间计数单位改变（从${from}到${to}）：虚线两侧的柱和比例不可比较。如需比较，请只用一种单位计数。`,
  unitsShort: { paragraph: '段落', 'recommending-state': 'UPR Info 行' },
  chartTitle: '各周期的答复',
  chartLabel: (state, rates) => `堆叠条形图：${state}各周期的答复。注意到或拒绝的比例：${rates}。`,
  chartRate: (cycle, pct) => `第 ${cycle} 周期 ${pct}`,
  rateAbove: '注意到 + 拒绝',
  cyclesTableCaption: '各周期的答复，以及被接受建议中批评性建议的比例',
  colCycle: '周期',
  colTotal: '合计',
  colRate: '注意到或拒绝',
  colCritical: '被接受建议中的批评性建议',
  colCriticalHint:
    '在支持或部分支持的建议中，本站语气规则判定为批评性（释放、调查、停止、允许访问、批准……）的数量',
  colRepeated: '重复建议',
  colRepeatedHint: '与以往周期建议重复的建议（措辞相近，或自称重复）',
  colNarrative: '采用该国叙事',
  colUnit: '计数单位',
  units: {
    paragraph: '联合国文件段落',
    'recommending-state': 'UPR Info 行（每个建议国一行）',
  },
  criticalShare: (critical, accepted, pct) => `${accepted} 条中 ${critical} 条（${pct}）`,
  searchThese: (n) => `检索这 ${n} 条`,
  topStatesTitle: '提出建议的国家',
  topStatesCaption: (n, unit, cycles) => `提出建议最多的 ${n} 个国家，${cycles}，按${unit}计数`,
  regionsTitle: '建议国所属区域组',
  regionsCaption: (unit, cycles) => `按建议国所属区域组统计的建议，${cycles}，按${unit}计数`,
  colRecommender: '建议国',
  colRegion: '区域组',
  colCriticalSupported: '被支持建议中的批评性建议',
  downloadProfile: '下载各周期数据（CSV）',
  stateLinkAll: '检索向该国提出的全部建议',
  notFoundState: (code) => `没有存储向 ${code} 提出的普遍定期审议建议。`,
  profilesTitle: '国家概况',
};
