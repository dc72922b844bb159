/**
 * Every piece of UI text, in English and Chinese. `zh` is typed as `Messages` (the shape of `en`),
 * so a key missing from either language is a compile error; i18n.test.ts checks it at run time too.
 * Messages that embed figures take them already formatted, so number formatting stays in one place.
 */

import type { ApplicationOutcome, Ballot, QuestionTopic } from './api';
import { chartsEn, chartsZh } from './i18n-charts';
import { hrcEn, hrcZh } from './i18n-hrc';
import { stateEn, stateZh } from './i18n-state';
import { reprisalsEn, reprisalsZh } from './i18n-reprisals';
import { reprisalsEditorEn, reprisalsEditorZh } from './i18n-reprisals-editor';
import { uprEn, uprZh } from './i18n-upr';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** English singular or plural, chosen on the figure as formatted ("1" is the only singular). */
const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

const en = {
  appName: 'Ground Pass',
  tagline: 'How states keep NGOs out of the UN, from the UN’s own public record',
  skipToContent: 'Skip to content',
  navLabel: 'Main',
  nav: {
    questions: 'Questions by state',
    pending: 'Longest pending',
    applications: 'Applications',
    votes: 'NGO Committee votes',
    hrc: 'HRC votes',
    upr: 'UPR',
    reprisals: 'Reprisals',
    organizations: 'Organisations',
    participation: 'Council speakers',
    about: 'About & citing',
  },
  hrc: hrcEn,
  charts: chartsEn,
  upr: uprEn,
  state: stateEn,
  reprisals: reprisalsEn,
  reprisalsEditor: reprisalsEditorEn,
  languageLabel: 'Language',
  sampleBanner: 'Sample data — fictional organisations, for trying the app',
  loading: 'Loading…',
  loadError: 'Could not load the data:',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  backHome: 'Go to questions by state',
  footerData: (
    documents: string,
    organizations: string,
    questions: string,
    votes: string,
    votingTexts: string,
    recommendations: string,
  ) =>
    [
      plural(documents, 'source document', 'source documents'),
      plural(organizations, 'organisation', 'organisations'),
      plural(questions, 'question', 'questions'),
      plural(votes, 'NGO Committee roll-call', 'NGO Committee roll-calls'),
      plural(votingTexts, 'voting text', 'voting texts'),
      plural(recommendations, 'UPR recommendation', 'UPR recommendations'),
    ].join(' · '),
  footerDatabase: (name: string) => `Database: ${name}`,
  footerApi: 'API description (OpenAPI)',
  footerLicence: 'Open source (MIT). Figures come with the UN documents they are read from.',

  // shared by several pages
  yearFrom: 'From',
  yearTo: 'To',
  yearAny: 'any',
  allYears: 'all years',
  singleYear: (year: string) => year,
  yearSpan: (from: string, to: string) => `${from}–${to}`,
  sinceYear: (from: string) => `since ${from}`,
  untilYear: (to: string) => `until ${to}`,
  downloadCsv: 'Download CSV',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  paginationLabel: 'Pages',
  colState: 'State',
  colQuestions: 'Questions',
  colShare: 'Share',
  colRepeated: 'Repeated',
  colRepeatedHint:
    'Questions that repeat one the state had already put to the same organisation at an earlier session',
  colEvidence: 'Evidence',
  colYear: 'Year',
  colTotal: 'Total',
  colOrganization: 'Organisation',
  otherStates: 'Other states',
  listSeparator: ', ',
  colon: ': ',
  fullStop: '.',
  chartDataTable: 'Data behind the chart',

  // source citation block
  source: 'Source',
  sourceFile: 'File',
  sourceLine: (line: string) => `line ${line}`,
  /** the PDF page a record was read on ("p. 12") */
  sourcePage: (page: string) => `p. ${page}`,
  /** the document's own paragraph number ("para. 140.35") */
  sourceParagraph: (paragraph: string) => `para. ${paragraph}`,
  sourcePartSeparator: ', ',
  sourceDate: 'Date',
  sourcePassage: 'Passage as printed',

  // questions by state
  questionsTitle: 'Questions by state',
  questionsIntro:
    'When the Committee on NGOs reviews an application for consultative status, any member may put a question to the organisation; a question usually defers the application to the next session. This page counts the questions each state asked.',
  questionsTotal: (total: string, range: string) =>
    `${plural(total, 'question', 'questions')}, ${range}`,
  questionsAbout: (total: string, topic: string, range: string) =>
    `${plural(total, 'question', 'questions')} about ${topic}, ${range}`,
  chartTopicNote: (topic: string) => `only questions about ${topic}`,
  chartByStateTitle: (n: string) => `Questions per state (top ${n})`,
  chartByStateAll: 'Questions per state',
  chartByStateLabel: (n: string, state: string, count: string) =>
    `Bar chart of the ${plural(n, 'state', 'states')} that asked most questions. Most questions: ${state}, ${count}.`,
  chartByYearTitle: (n: string) =>
    `Questions per year, top ${plural(n, 'state', 'states')} and the rest`,
  chartByYearAll: 'Questions per year, by state',
  chartByYearLabel: (first: string, last: string, states: string) =>
    `Stacked bar chart of questions per year from ${first} to ${last}, split by state: ${states} and other states.`,
  noQuestions: 'No questions are recorded for these years.',
  noQuestionsAbout: (topic: string) => `No questions about ${topic} are recorded for these years.`,
  viewQuestions: 'View',
  viewQuestionsOf: (state: string) => `View the questions asked by ${state}`,
  tableCaption: 'All states that asked questions, with the share of all questions asked',
  tableCaptionTopic: (topic: string) =>
    `All states that asked questions about ${topic}, with the share of those questions`,
  colTopTopics: 'Most asked about',
  colOtherTopics: 'Also about',
  topicCount: (topic: string, n: string, total: string) =>
    `${topic}: ${n} of ${plural(total, 'question', 'questions')}`,
  viewTopicQuestionsOf: (state: string, topic: string) =>
    `View the questions about ${topic} asked by ${state}`,

  // evidence list
  evidenceTitle: (state: string) => `Questions asked by ${state}`,
  evidenceSummary: (total: string, range: string) =>
    `${plural(total, 'question', 'questions')}, ${range}`,
  backToQuestions: '← Questions by state',
  topicFilter: 'Topic',
  allTopics: 'All topics',
  askedOf: 'Asked of',
  topicsLabel: 'Topics',

  // longest pending
  pendingTitle: 'Longest-pending applications',
  pendingIntro:
    'Applications the Committee deferred again and again and has still not decided, counted from the first deferral to the latest one.',
  minYearsLabel: 'Pending for at least',
  yearsOption: (n: string) => plural(n, 'year', 'years'),
  pendingCount: (n: string, years: string) =>
    `${plural(n, 'application', 'applications')} pending for at least ${plural(years, 'year', 'years')}`,
  noPending: 'No application has been pending that long.',
  colSessions: 'Sessions deferred',
  colFirstDeferred: 'First deferred',
  colLastDeferred: 'Latest deferral',
  colYearsPending: 'Years pending',
  colStatus: 'Status',
  colTimeline: 'Timeline',
  viewTimeline: 'Timeline',
  longestTitle: 'Longest deferral histories, whatever the outcome',
  longestIntro:
    'The same measure for every application, including those later recommended, closed or withdrawn.',
  outcomes: {
    pending: 'Pending',
    recommended: 'Recommended',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
    'not-recommended': 'Not recommended',
    lapsed: 'Superseded by a later request, no decision recorded',
  } satisfies Record<ApplicationOutcome, string>,

  // applications
  applicationsTitle: 'Find an organisation',
  applicationsIntro:
    'Search by any name the UN has printed for the organisation; the search ignores case, accents and punctuation.',
  searchLabel: 'Organisation name',
  searchPlaceholder: 'e.g. part of a name',
  searchButton: 'Search',
  searchNoHits: 'No organisation matches this name.',
  searchEvents: (n: string) => plural(n, 'recorded event', 'recorded events'),
  country: 'Country',
  aliases: 'Also printed as',
  summaryTitle: 'Deferrals',
  noDeferrals: 'No deferral is recorded for this organisation.',
  timelineTitle: 'Timeline',
  noEvents: 'No event is recorded for this organisation.',
  session: 'Session',
  regularSession: (year: string) => `${year} regular session`,
  resumedSession: (year: string) => `${year} resumed session`,
  consultativeStatus: 'Consultative status',
  printedAs: 'Name as printed',
  questionsAsked: (n: string) => `Questions asked (${n})`,
  repeated: 'Repeated',
  repeatedTitle: (id: string) => `This state asked the same earlier (question ${id})`,
  topicRule: (rule: string, phrase: string) => `rule ${rule}, matched “${phrase}”`,
  applicationVotes: 'Recorded votes on this organisation',
  motion: 'Motion',
  outcome: 'Outcome',
  voteOutcomes: { adopted: 'Adopted', rejected: 'Rejected' } as Record<string, string>,
  ngoVote: {
    yesMeant: 'A yes was',
    sides: {
      for: 'for the organisation',
      against: 'against the organisation',
      unknown: 'not stated in the source',
    } as Record<string, string>,
    ballotSide: (side: string) => `(${side})`,
    alsoReportedBy: 'Also reported by',
    recorded: (raw: string) => `recorded as “${raw}”`,
  },
  requestKinds: {
    application: 'Application for status',
    reclassification: 'Request for reclassification',
  } as Record<string, string>,
  colRequest: 'Request',
  yearsWithData: (years: string) => `Questions are recorded for: ${years}.`,
  committeeReport: 'Committee report of the session',
  reportNotIdentified: 'symbol not identified',
  reportByNumbering: 'by the series numbering, not checked against a copy',
  inOriginalLanguage: '(English original)',
  yearsRounded:
    'Years are rounded for display; thresholds compare the exact span (7.98 years is not 8+).',
  duplicatesTitle: 'Possibly the same organisation (waiting for review)',
  similarity: (pct: string) => `${pct} similar name`,
  actions: {
    deferred: 'Deferred',
    recommended: 'Recommended for consultative status',
    closed: 'Consideration closed',
    withdrawn: 'Application withdrawn',
    'not-recommended': 'Not recommended',
    'report-noted': 'Quadrennial report noted',
    'report-deferred': 'Quadrennial report deferred',
    'status-withdrawn': 'Consultative status withdrawn',
  } as Record<string, string>,
  statuses: {
    general: 'General',
    special: 'Special',
    roster: 'Roster',
    reclassification: 'Reclassification',
    'quadrennial-report': 'Quadrennial report',
    unknown: 'Not stated',
  } as Record<string, string>,
  topics: {
    'un-terminology': 'UN terminology',
    funding: 'Funding',
    activities: 'Activities',
    'partners-members': 'Partners and members',
    'branches-registration': 'Branches and registration',
    'un-engagement': 'UN engagement',
    other: 'Other',
  } satisfies Record<QuestionTopic, string>,
  /** the topics as they read inside a sentence: "12 questions about <topic>" */
  topicsInText: {
    'un-terminology': 'UN terminology',
    funding: 'funding',
    activities: 'activities',
    'partners-members': 'partners and members',
    'branches-registration': 'branches and registration',
    'un-engagement': 'engagement with the UN',
    other: 'other matters',
  } satisfies Record<QuestionTopic, string>,

  // votes
  votesTitle: 'Recorded votes',
  votesIntro:
    'When the Committee cannot agree, a member can ask for a recorded vote, for instance on a motion to close an application. These are the members’ votes across all recorded votes.',
  votesTotal: (n: string) => plural(n, 'recorded vote', 'recorded votes'),
  noVotes: 'No recorded vote in these years.',
  membersTitle: 'How each member voted',
  ballots: { yes: 'Yes', no: 'No', abstain: 'Abstain', absent: 'Absent' } satisfies Record<
    Ballot,
    string
  >,
  colVotesIn: 'Votes',
  agreementTitle: 'Agreement between members',
  agreementIntro:
    'For each pair of members, the share of the votes both cast in which they voted alike; an abstention against a yes or no counts half. Darker means closer. Each figure links to the votes behind it.',
  agreementCell: (a: string, b: string, pct: string, n: string) =>
    `${a} and ${b}: ${pct} agreement over ${plural(n, 'vote', 'votes')}`,
  agreementLow: 'Rarely alike',
  agreementHigh: 'Always alike',
  agreementNone: 'no vote in common',
  viewVotesOf: (state: string) => `View the recorded votes of ${state}`,
  viewAllVotes: 'View them all',

  // the votes behind a member's record or a pair's agreement
  voteListAllTitle: 'All recorded votes',
  voteListTitle: (state: string) => `Recorded votes: ${state}`,
  voteListPairTitle: (a: string, b: string) => `Recorded votes: ${a} and ${b}`,
  voteListAllIntro: 'Every recorded vote, newest first, with the passage it was read from.',
  voteListIntro: (state: string) =>
    `The recorded votes in which the ballot of ${state} is printed, absences included, newest first: the votes behind its row in the members’ table, each with the passage it was read from.`,
  voteListPairIntro: (a: string, b: string) =>
    `The recorded votes in which the ballots of both ${a} and ${b} are printed, newest first, each with the passage it was read from. Their agreement counts only the votes both cast: a vote in which either was absent is listed but marked as not counted.`,
  voteListSummary: (total: string, range: string) =>
    `${plural(total, 'recorded vote', 'recorded votes')}, ${range}`,
  backToVotes: '← Recorded votes',
  noVotesListed: 'No recorded vote matches.',
  voteCounts: 'Count',
  voteBallots: 'Ballots',
  ballotNotPrinted: 'not printed',

  // about
  aboutTitle: 'About Ground Pass and how to cite it',
  aboutWhat:
    'Ground Pass reads the UN’s public record — the press releases and decision tables of the ECOSOC Committee on Non-Governmental Organizations — and turns it into figures on how states treat civil-society organisations that ask for a voice at the UN. Every figure links to the records behind it, and every record to the document, line and passage it was read from.',
  aboutCiteTitle: 'How to cite a figure',
  aboutCiteText:
    'Cite the UN document, not this site: give the document symbol (the report symbol E/C.2/…, or a press-release number NGO/…) and the paragraph or line where the passage appears — every evidence list and timeline shows both. Quote the passage as printed. Add the address of the page here and the date you read it, so others can retrace the count.',
  aboutCiteExample:
    'Pattern: “[State] asked [n] of the [N] questions put to applicants in [year] (Ground Pass, Questions by state, [year]; source: UN press release [symbol], lines [a–b]; accessed [date]).”',
  aboutCountTitle: 'How things are counted',
  aboutCountText:
    'A question is one question a state put to one organisation, as reported in a press release. Shares are of all questions asked in the chosen years, or, with a topic chosen, of the questions about that topic; a question may be about several topics. Years pending run from the first recorded deferral to the latest; an application counts as pending while no decision is recorded after its latest deferral.',
  aboutSampleTitle: 'The sample data',
  aboutSampleText:
    'When the banner “Sample data” shows, the database holds the project’s sample dataset: documents written in the UN’s real formats about fictional organisations, so the app can be tried without downloading anything. Its figures describe no real state or organisation and must not be cited.',
  aboutApiTitle: 'Data and API',
  aboutApiText:
    'The figures on questions by state and on pending applications can be downloaded as CSV, with the ids of the records behind each row. The JSON API behind every page is described at',
};

/** The shape every language must provide. */
export type Messages = typeof en;

const zh: Messages = {
  appName: 'Ground Pass',
  tagline: '依据联合国自身的公开记录，呈现各国如何将非政府组织挡在联合国门外',
  skipToContent: '跳到正文',
  navLabel: '主导航',
  nav: {
    questions: '各国提问',
    pending: '待决最久',
    applications: '申请',
    votes: '非政府组织委员会表决',
    hrc: '人权理事会表决',
    upr: '普遍定期审议',
    reprisals: '报复案件',
    organizations: '组织',
    participation: '理事会发言',
    about: '关于与引用',
  },
  hrc: hrcZh,
  charts: chartsZh,
  upr: uprZh,
  state: stateZh,
  reprisals: reprisalsZh,
  reprisalsEditor: reprisalsEditorZh,
  languageLabel: '语言',
  sampleBanner: '示例数据——组织均为虚构，仅供试用',
  loading: '加载中…',
  loadError: '无法加载数据：',
  notFoundTitle: '找不到页面',
  notFoundText: '此地址没有页面。',
  backHome: '前往各国提问',
  footerData: (documents, organizations, questions, votes, votingTexts, recommendations) =>
    `${documents} 份来源文件 · ${organizations} 个组织 · ${questions} 个问题 · ${votes} 次非政府组织委员会记录表决 · ${votingTexts} 份表决文本 · ${recommendations} 条普遍定期审议建议`,
  footerDatabase: (name) => `数据库：${name}`,
  footerApi: 'API 说明（OpenAPI）',
  footerLicence: '开源软件（MIT 许可）。所有数字均附有其所依据的联合国文件。',

  yearFrom: '起',
  yearTo: '止',
  yearAny: '不限',
  allYears: '全部年份',
  singleYear: (year) => `${year} 年`,
  yearSpan: (from, to) => `${from}–${to} 年`,
  sinceYear: (from) => `${from} 年以来`,
  untilYear: (to) => `截至 ${to} 年`,
  downloadCsv: '下载 CSV',
  previous: '上一页',
  next: '下一页',
  pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  paginationLabel: '分页',
  colState: '国家',
  colQuestions: '提问数',
  colShare: '占比',
  colRepeated: '重复提问',
  colRepeatedHint: '该国在较早届会已向同一组织提出过的相同问题',
  colEvidence: '证据',
  colYear: '年份',
  colTotal: '合计',
  colOrganization: '组织',
  otherStates: '其他国家',
  listSeparator: '、',
  colon: '：',
  fullStop: '。',
  chartDataTable: '图表数据',

  source: '来源',
  sourceFile: '文件',
  sourceLine: (line) => `第 ${line} 行`,
  sourcePage: (page) => `第 ${page} 页`,
  sourceParagraph: (paragraph) => `第 ${paragraph} 段`,
  sourcePartSeparator: '，',
  sourceDate: '日期',
  sourcePassage: '原文段落',

  questionsTitle: '各国提问',
  questionsIntro:
    '非政府组织委员会审议咨商地位申请时，任何成员国都可以向申请组织提问；提问通常会使申请推迟到下一届会议审议。本页统计各国提出的问题数量。',
  questionsTotal: (total, range) => `${range}共 ${total} 个问题`,
  questionsAbout: (total, topic, range) => `${range}共 ${total} 个关于${topic}的问题`,
  chartTopicNote: (topic) => `仅计关于${topic}的问题`,
  chartByStateTitle: (n) => `各国提问数（前 ${n} 名）`,
  chartByStateAll: '各国提问数',
  chartByStateLabel: (n, state, count) =>
    `条形图：提问最多的 ${n} 个国家。提问最多的是${state}，共 ${count} 个。`,
  chartByYearTitle: (n) => `每年提问数：前 ${n} 个国家及其他国家`,
  chartByYearAll: '每年提问数（按国家）',
  chartByYearLabel: (first, last, states) =>
    `堆叠条形图：${first} 年至 ${last} 年每年的提问数，按国家划分：${states}及其他国家。`,
  noQuestions: '所选年份没有提问记录。',
  noQuestionsAbout: (topic) => `所选年份没有关于${topic}的提问记录。`,
  viewQuestions: '查看',
  viewQuestionsOf: (state) => `查看${state}提出的问题`,
  tableCaption: '所有提过问题的国家及其占全部提问的比例',
  tableCaptionTopic: (topic) => `所有提过关于${topic}的问题的国家及其占此类问题的比例`,
  colTopTopics: '主要涉及',
  colOtherTopics: '同时涉及',
  topicCount: (topic, n, total) => `${topic}：${total} 个问题中有 ${n} 个`,
  viewTopicQuestionsOf: (state, topic) => `查看${state}提出的关于${topic}的问题`,

  evidenceTitle: (state) => `${state}提出的问题`,
  evidenceSummary: (total, range) => `${range}共 ${total} 个问题`,
  backToQuestions: '← 各国提问',
  topicFilter: '主题',
  allTopics: '全部主题',
  askedOf: '提问对象',
  topicsLabel: '主题',

  pendingTitle: '待决最久的申请',
  pendingIntro: '委员会一再推迟、至今仍未作出决定的申请，从首次推迟算到最近一次推迟。',
  minYearsLabel: '待决至少',
  yearsOption: (n) => `${n} 年`,
  pendingCount: (n, years) => `${n} 项申请待决至少 ${years} 年`,
  noPending: '没有待决这么久的申请。',
  colSessions: '推迟届数',
  colFirstDeferred: '首次推迟',
  colLastDeferred: '最近一次推迟',
  colYearsPending: '待决年数',
  colStatus: '状态',
  colTimeline: '时间线',
  viewTimeline: '时间线',
  longestTitle: '推迟历时最长的申请（不论结果）',
  longestIntro: '对所有申请采用同一计算方法，包括后来获建议、被终止审议或撤回的申请。',
  outcomes: {
    pending: '待决',
    recommended: '获建议',
    closed: '终止审议',
    withdrawn: '已撤回',
    'not-recommended': '不予建议',
    lapsed: '已由后来的请求取代，未记录决定',
  },

  applicationsTitle: '查找组织',
  applicationsIntro: '可按联合国文件中出现过的该组织的任何名称搜索；搜索不区分大小写、重音和标点。',
  searchLabel: '组织名称',
  searchPlaceholder: '例如名称中的一部分',
  searchButton: '搜索',
  searchNoHits: '没有与此名称匹配的组织。',
  searchEvents: (n) => `${n} 条记录`,
  country: '国家',
  aliases: '其他印刷名称',
  summaryTitle: '推迟情况',
  noDeferrals: '没有该组织被推迟审议的记录。',
  timelineTitle: '时间线',
  noEvents: '没有该组织的记录。',
  session: '届会',
  regularSession: (year) => `${year} 年常会`,
  resumedSession: (year) => `${year} 年续会`,
  consultativeStatus: '咨商地位',
  printedAs: '原文名称',
  questionsAsked: (n) => `所提问题（${n}）`,
  repeated: '重复提问',
  repeatedTitle: (id) => `该国此前提过同样的问题（问题 ${id}）`,
  topicRule: (rule, phrase) => `规则编号 ${rule}（程序内部代码），匹配原文“${phrase}”`,
  applicationVotes: '关于该组织的记录表决',
  motion: '动议',
  outcome: '结果',
  voteOutcomes: { adopted: '通过', rejected: '否决' },
  ngoVote: {
    yesMeant: '赞成票',
    sides: { for: '支持该组织', against: '不利于该组织', unknown: '来源未说明' },
    ballotSide: (side) => `（${side}）`,
    alsoReportedBy: '亦见于',
    recorded: (raw) => `原始记录为“${raw}”`,
  },
  requestKinds: { application: '申请咨商地位', reclassification: '改级请求' },
  colRequest: '请求类型',
  yearsWithData: (years) => `有提问记录的年份：${years}。`,
  committeeReport: '该届会议的委员会报告',
  reportNotIdentified: '文号未确定',
  reportByNumbering: '依报告编号规则推定，未经核对原件',
  inOriginalLanguage: '（英文原文）',
  yearsRounded: '年数为显示而四舍五入；门槛比较的是确切时长（7.98 年不算 8 年以上）。',
  duplicatesTitle: '可能是同一组织（待人工核对）',
  similarity: (pct) => `名称相似度 ${pct}`,
  actions: {
    deferred: '推迟审议',
    recommended: '建议给予咨商地位',
    closed: '终止审议',
    withdrawn: '申请已撤回',
    'not-recommended': '建议不给予咨商地位',
    'report-noted': '注意到四年期报告',
    'report-deferred': '推迟审议四年期报告',
    'status-withdrawn': '咨商地位被撤销',
  },
  statuses: {
    general: '全面',
    special: '专门',
    roster: '名册',
    reclassification: '改划类别',
    'quadrennial-report': '四年期报告',
    unknown: '未注明',
  },
  topics: {
    'un-terminology': '联合国用语',
    funding: '资金',
    activities: '活动',
    'partners-members': '伙伴与成员',
    'branches-registration': '分支机构与登记',
    'un-engagement': '与联合国的接触',
    other: '其他',
  },
  topicsInText: {
    'un-terminology': '联合国用语',
    funding: '资金',
    activities: '活动',
    'partners-members': '伙伴与成员',
    'branches-registration': '分支机构与登记',
    'un-engagement': '与联合国的接触',
    other: '其他事项',
  },

  votesTitle: '记录表决',
  votesIntro:
    '委员会无法达成一致时，成员可要求进行记录表决，例如就终止审议某项申请的动议进行表决。下表汇总各成员在所有记录表决中的投票。',
  votesTotal: (n) => `${n} 次记录表决`,
  noVotes: '所选年份没有记录表决。',
  membersTitle: '各成员的投票',
  ballots: { yes: '赞成', no: '反对', abstain: '弃权', absent: '缺席' },
  colVotesIn: '表决次数',
  agreementTitle: '成员之间的一致程度',
  agreementIntro:
    '每对成员在双方都投票的表决中投票相同的比例；一方弃权而另一方赞成或反对时算一半。颜色越深表示越接近。点击数字可查看其所依据的表决。',
  agreementCell: (a, b, pct, n) => `${a}与${b}：在 ${n} 次表决中一致程度为 ${pct}`,
  agreementLow: '很少一致',
  agreementHigh: '总是一致',
  agreementNone: '没有共同参加的表决',
  viewVotesOf: (state) => `查看${state}的记录表决`,
  viewAllVotes: '查看全部',

  voteListAllTitle: '全部记录表决',
  voteListTitle: (state) => `记录表决：${state}`,
  voteListPairTitle: (a, b) => `记录表决：${a}与${b}`,
  voteListAllIntro: '所有记录表决，按时间由近及远排列，并附所依据的原文段落。',
  voteListIntro: (state) =>
    `载有${state}投票（包括缺席）的记录表决，按时间由近及远排列，即成员投票表中该国一行所依据的表决，每次均附所依据的原文段落。`,
  voteListPairIntro: (a, b) =>
    `同时载有${a}和${b}投票的记录表决，按时间由近及远排列，每次均附所依据的原文段落。两者的一致程度只计算双方都投票的表决：任一方缺席的表决也列出，但注明未计入。`,
  voteListSummary: (total, range) => `${range}共 ${total} 次记录表决`,
  backToVotes: '← 记录表决',
  noVotesListed: '没有符合条件的记录表决。',
  voteCounts: '票数',
  voteBallots: '投票',
  ballotNotPrinted: '原文未载',

  aboutTitle: '关于 Ground Pass 及引用方法',
  aboutWhat:
    'Ground Pass 读取联合国的公开记录——经社理事会非政府组织委员会的新闻稿和决定表——据此统计各国如何对待寻求在联合国发声的民间社会组织。每个数字都链接到其所依据的记录，每条记录都注明其来源文件、行号和原文段落。',
  aboutCiteTitle: '如何引用数字',
  aboutCiteText:
    '请引用联合国文件本身，而非本网站：注明文件文号（报告文号 E/C.2/…，或新闻稿编号 NGO/…）以及原文所在的段落或行号——每个证据列表和时间线都会显示这两项。请按原文引述段落，并附上本站页面地址和查阅日期，以便他人复核统计。',
  aboutCiteExample:
    '格式：“[年份]年向申请组织提出的 [N] 个问题中，[国家]提出了 [n] 个（Ground Pass，各国提问，[年份]年；来源：联合国新闻稿 [文号]，第 [a–b] 行；[日期]查阅）。”',
  aboutCountTitle: '统计方法',
  aboutCountText:
    '一个问题指新闻稿所报道的某国向某一组织提出的一个问题。占比是相对所选年份内提出的全部问题而言；选定主题时，则相对关于该主题的问题而言。一个问题可能涉及多个主题。待决年数从首次记录的推迟算到最近一次推迟；只要最近一次推迟之后没有记录任何决定，申请即视为待决。',
  aboutSampleTitle: '示例数据',
  aboutSampleText:
    '页面显示“示例数据”横幅时，数据库中是本项目的示例数据集：以联合国真实格式编写、内容关于虚构组织的文件，无需下载任何资料即可试用本工具。其中的数字不反映任何真实国家或组织，不得引用。',
  aboutApiTitle: '数据与 API',
  aboutApiText:
    '各国提问和待决申请的数字可下载为 CSV，每行附有其所依据记录的编号。所有页面所用的 JSON API 说明见',
};

export const MESSAGES: Record<Lang, Messages> = { en, zh };

const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Numbers, percentages and dates in the conventions of the chosen language. */
export interface Formatters {
  number(n: number): string;
  /** a number with exactly one decimal, for columns of years that must line up */
  decimal(n: number): string;
  /** a 0–1 share as a percentage with one decimal */
  percent(share: number): string;
  /** an ISO date (YYYY-MM-DD) in words, or a bare year as it is */
  date(value: string | null): string;
}

export function formatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const num = new Intl.NumberFormat(locale);
  const dec = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // UTC on both sides so a date never shifts by a day in the reader's time zone
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (n) => num.format(n),
    decimal: (n) => dec.format(n),
    percent: (share) => pct.format(share),
    date: (value) => {
      if (!value) return '—';
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return value;
      return day.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    },
  };
}

/** Describes a year range in words: "2015–2020", "since 2015", "all years". */
export function rangeText(t: Messages, from: number | null, to: number | null): string {
  if (from !== null && to !== null)
    return from === to ? t.singleYear(String(from)) : t.yearSpan(String(from), String(to));
  if (from !== null) return t.sinceYear(String(from));
  if (to !== null) return t.untilYear(String(to));
  return t.allYears;
}

/** A translated label for an API value, or the value itself when it is new to this dictionary. */
export function label(dict: Readonly<Record<string, string>>, value: string): string {
  return dict[value] ?? value;
}
