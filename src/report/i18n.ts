import type { LocalText, ReportLang } from './types.js';

/*
 * Every interface text of the report, in English and Chinese, typed alike: `zh` must have every
 * key of `en`, with the same parameters. Figures are put into these sentences, never typed into
 * them. A section keeps its strings in its own block here.
 */

const en = {
  reportTitleState: (state: string, year: number) =>
    `${state}: the UN human rights record, ${year}`,
  reportTitleMechanism: (mechanism: string, year: number) => `${mechanism}, ${year}`,
  subtitle: 'Ground Pass annual report: every figure generated from the UN documents and cited',
  edition: 'Edition',
  editionState: 'State edition',
  editionMechanism: 'Mechanism edition',
  year: 'Year',
  contents: 'Contents',
  datasetVersion: 'Dataset version',
  documents: (n: string) => `${n} source documents`,
  noData: 'No data',
  figure: 'Figure',
  value: 'Value',
  previous: 'Previous',
  change: 'Change',
  sources: 'Sources',
  reproduce: 'Reproduce',
  records: (n: string) => `${n} records`,
  recordsListed: (shown: string, all: string) => `${shown} of ${all} records listed`,
  line: 'line',
  page: 'p.',
  para: 'para.',
  caseRef: 'case',
  chartData: 'Data of the chart',
  chartDescription: (title: string) => `${title}; the values are in the table below the chart.`,
  changesTitle: 'What changed since last year',
  changesIntro: (year: number) =>
    `Each figure compared with the same figure for ${year - 1} (for the UPR, the previous cycle); the largest changes first.`,
  noChanges: 'No figure can be compared with the previous period.',
  newRecordsTitle: 'New records',
  noNewRecords: 'No new records.',
  incomparable: 'not comparable',
  notCompared: 'no earlier figure',
  methodTitle: 'Sources and method',
  methodIntro:
    'Every figure in this report is computed by Ground Pass from the UN documents listed below and carries its evidence: the records behind it, each with its UN symbol and paragraph, line or page. The command under each figure prints the same figure as JSON; the dataset version is a SHA-256 hash over the SHA-256 of every imported document, so the same documents always give the same version and the same report.',
  methodDocumentsByKind: 'Imported documents by kind',
  kind: 'Kind',
  count: 'Count',
  mechanisms: {
    'ngo-committee': 'ECOSOC Committee on NGOs',
    'hrc-votes': 'Human Rights Council votes',
    upr: 'Universal Periodic Review',
    reprisals: 'Reprisals against those who cooperate with the UN',
    participation: 'Who speaks at the Human Rights Council',
  },
  units: {
    count: '',
    share: '',
    years: 'years',
    sessions: 'sessions',
    recommendations: 'recommendations (UN paragraphs)',
    'recommending-state-rows': 'recommendations (UPR Info rows, one per recommending State)',
  },
  ngo: {
    title: 'ECOSOC Committee on NGOs',
    noData: (year: number) =>
      `No NGO Committee questions, decisions or roll-call votes are stored for ${year}.`,
    intro:
      'Questions are counted as the UN Meetings Coverage press releases summarise them, one per State and application line; deferrals and roll-call votes come from the Committee’s decision tables and press releases.',
    questionsLabel: 'Questions asked',
    questionsText: (state: string, n: string, year: number) =>
      `${state} asked ${n} ${n === '1' ? 'question' : 'questions'} of NGO applicants in ${year}.`,
    shareLabel: 'Share of all questions',
    shareText: (state: string, share: string, total: string, year: number) =>
      `That is ${share} of the ${total} questions all Committee members asked in ${year}.`,
    totalLabel: 'Questions asked by all members',
    totalText: (n: string, year: number) =>
      `Committee members asked ${n} questions of NGO applicants in ${year}.`,
    topStateText: (state: string, n: string, share: string) =>
      `${state} asked the most: ${n} questions (${share}).`,
    topicLabel: (topic: string) => `Questions on “${topic}”`,
    topicText: (state: string, n: string, topic: string) =>
      `${n} of ${state}’s questions were labelled “${topic}”.`,
    repeatedLabel: 'Questions repeated to the same NGO',
    repeatedText: (n: string) =>
      `${n} of them repeated a question the State had already put to the same organisation.`,
    deferredLabel: 'Applications deferred and still pending at the end of the year',
    deferredText: (n: string, year: number) =>
      `${n} applications were deferred in ${year} and had no decision by the end of the year.`,
    deferred8Label: 'Of those, pending 8 years or more',
    deferred8Text: (n: string) =>
      `${n} of them had been pending for 8 years or more (first to latest deferral).`,
    longestLabel: 'Longest pending',
    longestText: (org: string, years: string, sessions: string) =>
      `The longest: ${org}, ${years} years over ${sessions} sessions.`,
    rollCallsLabel: 'Roll-call votes',
    rollCallsText: (n: string, year: number) =>
      `The Committee took ${n} roll-call votes on NGOs in ${year}.`,
    againstLabel: 'Votes against the organisation',
    againstText: (state: string, cast: string, against: string, forOrg: string) =>
      `${state} voted in ${cast} of them: against the organisation in ${against}, for it in ${forOrg} (the rest: yes or no on a motion whose side the record does not say, abstention or absence).`,
    notMember: (state: string) => `${state} cast no recorded vote in the Committee that year.`,
    topics: {
      'un-terminology': 'UN terminology',
      funding: 'funding',
      activities: 'activities',
      'partners-members': 'partners and members',
      'branches-registration': 'branches and registration',
      'un-engagement': 'engagement with the UN',
      other: 'other matters',
    } as Record<string, string>,
    topStatesTitle: 'Questions by State',
    deferredTitle: 'Applications pending 8 years or more',
    colState: 'State',
    colQuestions: 'Questions',
    colShare: 'Share',
    colOrganization: 'Organisation',
    colSessions: 'Sessions deferred',
    colFirst: 'First deferred',
    colYears: 'Years pending',
    chartByYear: (state: string) => `Questions asked by ${state}, by year`,
    seriesQuestions: 'Questions',
    newDeferral: (org: string, sessions: string, years: string) =>
      `${org}: deferred again (${sessions} sessions, ${years} years pending).`,
    method: [
      'UN press releases are “for information media, not an official record”; they summarise questions, and not every meeting is covered.',
      'Years pending run from the first to the latest recorded deferral; 8+ compares the exact span.',
      'Topic labels are machine suggestions by published rules until a person confirms them.',
    ],
  },
  upr: {
    title: 'Universal Periodic Review',
    noData: (state: string, cycle: number) =>
      `No UPR recommendations to ${state} are stored for cycle ${cycle}.`,
    noDataMechanism: (cycle: number) => `No UPR recommendations are stored for cycle ${cycle}.`,
    intro: (cycle: number, year: number) =>
      `${year} falls in the UPR’s cycle ${cycle}. Counts use one unit per cycle: UN paragraphs where the UN’s documents are stored, UPR Info rows (one per recommending State) otherwise; the two are never added up or compared.`,
    cycleName: (cycle: number) => `cycle ${cycle}`,
    totalLabel: 'Recommendations received',
    totalText: (state: string, n: string, cycle: number, unit: string) =>
      `${state} received ${n} ${unit} in cycle ${cycle}.`,
    rateLabel: 'Noted or rejected',
    rateText: (rate: string, noted: string, rejected: string) =>
      `It noted or rejected ${rate} of those with a response (${noted} noted, ${rejected} rejected).`,
    repeatedLabel: 'Repeated from an earlier cycle',
    repeatedText: (n: string) =>
      `${n} of them repeat a recommendation from an earlier cycle (close wording, or saying so).`,
    narrativeLabel: 'Recommendations that adopt the State’s own narrative',
    narrativeText: (n: string) =>
      `${n} recommendations adopt the reviewed State’s own framing (machine label).`,
    unitChanged: (from: string, to: string) =>
      `counted in ${from} then, in ${to} now: not comparable`,
    cyclesTitle: 'Responses, cycle by cycle',
    colCycle: 'Cycle',
    colTotal: 'Recommendations',
    colRate: 'Noted or rejected',
    colUnit: 'Unit',
    chartRate: (state: string) => `Share of recommendations noted or rejected, ${state}`,
    seriesRate: 'Noted or rejected (%)',
    statesTitle: 'States under review this cycle, by share noted or rejected',
    surRateText: (state: string, rate: string, n: string, unit: string) =>
      `${state}: ${rate} of ${n} ${unit} noted or rejected.`,
    method: [
      'UPR Info counts one row per recommending State; the UN one paragraph per recommendation. A cycle is counted in one unit, and figures in different units are never compared.',
      'Action category, tone, themes, repetition and the narrative flag are machine labels by published rules (docs/upr-classification.md).',
    ],
  },
  reprisals: {
    title: 'Reprisals',
    noData: (state: string) => `No reprisal cases are stored for ${state}.`,
    noDataMechanism: 'No reprisal cases are stored.',
    intro:
      'From the Secretary-General’s annual reports on cooperation with the UN and the registry built from them. Public figures only: counts below 3 are shown as “fewer than 3” and never named.',
    newLabel: 'Cases reported for the first time',
    newText: (n: string, year: number) =>
      `The Secretary-General’s report of ${year} named ${n} new cases.`,
    followLabel: 'Cases followed up',
    followText: (n: string) => `It followed up ${n} cases reported earlier.`,
    noneInYear: (year: number) =>
      `No case in the registry appears in a Secretary-General’s report of ${year}.`,
    totalLabel: 'Cases in the registry',
    totalText: (state: string, n: string) =>
      `The registry holds ${n} cases concerning ${state} in all years.`,
    totalTextAll: (n: string) => `The registry holds ${n} cases in all years.`,
    suppressed: 'fewer than 3',
    newCase: (id: string, symbol: string) => `New case ${id}, reported in ${symbol}.`,
    method: [
      'Reprisal figures use only the registry’s public fields, through its public view: small cells are suppressed, and no person is named.',
    ],
  },
  hrcVotes: {
    title: 'Human Rights Council votes',
    notYet: 'This edition does not yet include Council votes.',
  },
};

export type ReportMessages = typeof en;

const zh: ReportMessages = {
  reportTitleState: (state, year) => `${state}：联合国人权记录，${year}年`,
  reportTitleMechanism: (mechanism, year) => `${mechanism}，${year}年`,
  subtitle: 'Ground Pass 年度报告：每个数字都由联合国文件生成并注明出处',
  edition: '版本',
  editionState: '国家版',
  editionMechanism: '机制版',
  year: '年份',
  contents: '目录',
  datasetVersion: '数据集版本',
  documents: (n) => `${n} 份来源文件`,
  noData: '无数据',
  figure: '数字',
  value: '数值',
  previous: '上期',
  change: '变化',
  sources: '来源',
  reproduce: '复现',
  records: (n) => `${n} 条记录`,
  recordsListed: (shown, all) => `列出 ${all} 条记录中的 ${shown} 条`,
  line: '行',
  page: '页',
  para: '段',
  caseRef: '案件',
  chartData: '图表数据',
  chartDescription: (title) => `${title}；数值见图表下方的表格。`,
  changesTitle: '与去年相比的变化',
  changesIntro: (year) =>
    `每个数字与${year - 1}年的同一数字相比（普遍定期审议则与上一轮相比），变化最大者居前。`,
  noChanges: '没有可与上一期比较的数字。',
  newRecordsTitle: '新记录',
  noNewRecords: '没有新记录。',
  incomparable: '不可比较',
  notCompared: '无先前数字',
  methodTitle: '来源与方法',
  methodIntro:
    '本报告中的每个数字均由 Ground Pass 根据下列联合国文件计算，并附有证据：其背后的记录，每条记录都注明联合国文号以及段落、行或页码。每个数字下方的命令以 JSON 形式输出同一数字；数据集版本是对每份导入文件的 SHA-256 值再计算的 SHA-256 哈希，因此相同的文件总是得到相同的版本和相同的报告。',
  methodDocumentsByKind: '按类型列出的导入文件',
  kind: '类型',
  count: '数目',
  mechanisms: {
    'ngo-committee': '经社理事会非政府组织委员会',
    'hrc-votes': '人权理事会表决',
    upr: '普遍定期审议',
    reprisals: '对与联合国合作者的报复',
    participation: '谁在人权理事会发言',
  },
  units: {
    count: '',
    share: '',
    years: '年',
    sessions: '届会',
    recommendations: '条建议（联合国段落）',
    'recommending-state-rows': '条建议（UPR Info 行，每个建议国一行）',
  },
  ngo: {
    title: '经社理事会非政府组织委员会',
    noData: (year) => `未存储${year}年非政府组织委员会的提问、决定或记录表决。`,
    intro:
      '提问按联合国会议报道新闻稿的摘要计数，每个国家每个申请行计一次；推迟和记录表决来自委员会的决定表和新闻稿。',
    questionsLabel: '提问数',
    questionsText: (state, n, year) => `${year}年，${state}向申请的非政府组织提出了 ${n} 个问题。`,
    shareLabel: '占全部提问的比例',
    shareText: (state, share, total, year) =>
      `占${year}年委员会全体成员所提 ${total} 个问题的 ${share}。`,
    totalLabel: '全体成员的提问数',
    totalText: (n, year) => `${year}年，委员会成员向申请的非政府组织提出了 ${n} 个问题。`,
    topStateText: (state, n, share) => `提问最多的是${state}：${n} 个问题（${share}）。`,
    topicLabel: (topic) => `关于“${topic}”的提问`,
    topicText: (state, n, topic) => `${state}的问题中有 ${n} 个被标为“${topic}”。`,
    repeatedLabel: '向同一组织重复提出的问题',
    repeatedText: (n) => `其中 ${n} 个重复了该国已向同一组织提出过的问题。`,
    deferredLabel: '被推迟且年底仍未决定的申请',
    deferredText: (n, year) => `${year}年有 ${n} 份申请被推迟，且到年底仍未作出决定。`,
    deferred8Label: '其中待决 8 年或以上',
    deferred8Text: (n) => `其中 ${n} 份已待决 8 年或以上（从首次到最近一次推迟）。`,
    longestLabel: '待决最久',
    longestText: (org, years, sessions) =>
      `待决最久的是${org}：${years} 年，共 ${sessions} 届会议。`,
    rollCallsLabel: '记录表决',
    rollCallsText: (n, year) => `${year}年，委员会就非政府组织进行了 ${n} 次记录表决。`,
    againstLabel: '投票反对该组织',
    againstText: (state, cast, against, forOrg) =>
      `${state}参加了其中 ${cast} 次表决：${against} 次反对该组织，${forOrg} 次支持（其余为记录未说明立场的动议上的赞成或反对票、弃权或缺席）。`,
    notMember: (state) => `${state}当年在委员会没有记录在案的投票。`,
    topics: {
      'un-terminology': '联合国用语',
      funding: '资金',
      activities: '活动',
      'partners-members': '伙伴与成员',
      'branches-registration': '分支机构与登记',
      'un-engagement': '与联合国的接触',
      other: '其他事项',
    },
    topStatesTitle: '各国提问数',
    deferredTitle: '待决 8 年或以上的申请',
    colState: '国家',
    colQuestions: '提问数',
    colShare: '比例',
    colOrganization: '组织',
    colSessions: '推迟届会数',
    colFirst: '首次推迟',
    colYears: '待决年数',
    chartByYear: (state) => `${state}历年提问数`,
    seriesQuestions: '提问数',
    newDeferral: (org, sessions, years) =>
      `${org}：再次被推迟（共 ${sessions} 届会议，待决 ${years} 年）。`,
    method: [
      '联合国新闻稿“供新闻媒体使用，不是正式记录”；新闻稿对提问作摘要，并非每次会议都有报道。',
      '待决年数从首次推迟算到最近一次有记录的推迟；“8 年或以上”比较的是精确时长。',
      '主题标签是按公开规则给出的机器建议，须经人工确认。',
    ],
  },
  upr: {
    title: '普遍定期审议',
    noData: (state, cycle) => `未存储第 ${cycle} 轮对${state}提出的建议。`,
    noDataMechanism: (cycle) => `未存储第 ${cycle} 轮的建议。`,
    intro: (cycle, year) =>
      `${year}年属于普遍定期审议第 ${cycle} 轮。每轮使用一种计数单位：存有联合国文件时按联合国段落计，否则按 UPR Info 的行（每个建议国一行）计；两种单位从不相加或比较。`,
    cycleName: (cycle) => `第 ${cycle} 轮`,
    totalLabel: '收到的建议',
    totalText: (state, n, cycle, unit) => `${state}在第 ${cycle} 轮收到 ${n} ${unit}。`,
    rateLabel: '注意到或拒绝',
    rateText: (rate, noted, rejected) =>
      `在已答复的建议中，注意到或拒绝的占 ${rate}（注意到 ${noted} 条，拒绝 ${rejected} 条）。`,
    repeatedLabel: '与以前各轮重复',
    repeatedText: (n) => `其中 ${n} 条重复了以前某轮的建议（措辞相近或明言重复）。`,
    narrativeLabel: '采用受审议国自身叙事的建议',
    narrativeText: (n) => `${n} 条建议采用了受审议国自己的说法（机器标签）。`,
    unitChanged: (from, to) => `当时按${from}计，现在按${to}计：不可比较`,
    cyclesTitle: '各轮答复',
    colCycle: '轮次',
    colTotal: '建议数',
    colRate: '注意到或拒绝',
    colUnit: '单位',
    chartRate: (state) => `${state}注意到或拒绝的建议比例`,
    seriesRate: '注意到或拒绝（%）',
    statesTitle: '本轮受审议国，按注意到或拒绝的比例排列',
    surRateText: (state, rate, n, unit) => `${state}：${n} ${unit}中注意到或拒绝 ${rate}。`,
    method: [
      'UPR Info 每个建议国计一行；联合国每条建议计一个段落。每轮按一种单位计数，不同单位的数字从不比较。',
      '行动类别、语气、主题、重复和叙事标记是按公开规则给出的机器标签（docs/upr-classification.md）。',
    ],
  },
  reprisals: {
    title: '报复',
    noData: (state) => `未存储涉及${state}的报复案件。`,
    noDataMechanism: '未存储报复案件。',
    intro:
      '来自秘书长关于与联合国合作问题的年度报告及据此建立的登记册。仅公开数字：小于 3 的数目显示为“少于 3”，且不点名。',
    newLabel: '首次报告的案件',
    newText: (n, year) => `秘书长${year}年的报告列出了 ${n} 起新案件。`,
    followLabel: '后续报告的案件',
    followText: (n) => `报告对 ${n} 起以前报告过的案件作了后续说明。`,
    noneInYear: (year) => `登记册中没有案件出现在秘书长${year}年的报告中。`,
    totalLabel: '登记册中的案件',
    totalText: (state, n) => `登记册共存有涉及${state}的 ${n} 起案件（所有年份）。`,
    totalTextAll: (n) => `登记册共存有 ${n} 起案件（所有年份）。`,
    suppressed: '少于 3',
    newCase: (id, symbol) => `新案件 ${id}，见 ${symbol}。`,
    method: ['报复数字只使用登记册的公开字段，经其公开视图：小的单元格被隐藏，不点名任何人。'],
  },
  hrcVotes: {
    title: '人权理事会表决',
    notYet: '本版尚未包括人权理事会表决。',
  },
};

export const REPORT_MESSAGES: Record<ReportLang, ReportMessages> = { en, zh };

/** One text in both languages from the same message. */
export function both(pick: (t: ReportMessages, lang: ReportLang) => string): LocalText {
  return { en: pick(en, 'en'), zh: pick(zh, 'zh') };
}

/** Each text of a list in both languages (the lists have the same length in both). */
export function bothList(pick: (t: ReportMessages) => readonly string[]): LocalText[] {
  return pick(en).map((_, i) => ({ en: pick(en)[i]!, zh: pick(zh)[i] ?? pick(en)[i]! }));
}
