/**
 * CLI messages in English and Simplified Chinese. The language comes from --lang, then
 * GROUNDPASS_LANG, then LANG (zh_CN.UTF-8 → Chinese), English otherwise.
 */
export type Lang = 'en' | 'zh';

const en = {
  programDescription:
    'Ground Pass: citable evidence, from the UN public record, of how states keep civil society out of the UN human rights system.',
  optDb:
    'database: a SQLite file path or postgres:// URL (default: $DATABASE_URL, $GROUNDPASS_DB or data/groundpass.db)',
  optJson: 'print machine-readable JSON instead of a table',
  optLang: 'language of messages: en or zh',
  parseDescription: 'parse a document and print what was read, without storing anything',
  parsePressDescription: 'parse an NGO Committee press release (text or HTML)',
  importDescription:
    'import documents into the database (files or folders; re-running changes nothing)',
  importNgoDescription:
    'import NGO Committee press releases (.txt, .html) and decision tables (.csv)',
  ngoDescription: 'figures about the ECOSOC Committee on NGOs',
  questionsDescription: 'questions asked per state and their share of all questions',
  pendingDescription: 'applications still pending after at least N years of deferrals',
  longestDescription: 'the longest deferral histories',
  applicationDescription: 'the full history of one application, with sources',
  votesDescription: 'recorded votes: each member’s votes and how often members voted alike',
  closuresDescription:
    'applications closed because the organisation did not answer in time, per year',
  reviewDescription:
    'organisation names that look alike and wait for a person to confirm or reject',
  serveDescription: 'start the web app and JSON API',
  optFrom: 'first year (inclusive)',
  optTo: 'last year (inclusive)',
  optTopic: 'count only questions with this topic label',
  optMinYears: 'minimum years pending',
  optLimit: 'how many rows',
  optPort: 'port to listen on',
  optHost: 'address to listen on',
  optDemo: 'load the sample dataset on first start when the database is empty',
  optCsv: 'print CSV instead of a table',
  optReviewSame: 'answer a review item: the two records are the same organisation (merge them)',
  optReviewDifferent: 'answer a review item: they are different organisations',
  reviewDecided: (id: number, as: 'same' | 'different') =>
    as === 'same'
      ? `review item ${id}: merged into one organisation`
      : `review item ${id}: kept apart`,
  imported: 'imported',
  unchanged: 'unchanged (already imported)',
  rejected: 'REJECTED',
  skipped: 'skipped',
  importSummary: (i: number, u: number, r: number, s: number) =>
    `${i} imported, ${u} unchanged, ${r} rejected, ${s} skipped`,
  notFound: (what: string) => `not found: ${what}`,
  noData: 'no data yet: import documents first (groundpass import ngo-committee PATH…)',
  listening: (url: string) => `Ground Pass is running at ${url}`,
  sampleLoaded: (n: number) =>
    `sample dataset loaded (${n} documents) — fictional organisations, for trying the app`,
  evidenceHint:
    'evidence: --json lists the record ids behind each figure; `application` shows sources',
  invalidNumber: (opt: string, v: string) => `${opt} must be a whole number, got "${v}"`,
  questionsTotal: (n: number, from?: number, to?: number, topic?: string) =>
    `${n} questions${topic ? ` about ${topic}` : ''}${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}.`,
  col: {
    state: 'state',
    name: 'name',
    questions: 'questions',
    share: 'share',
    repeated: 'repeated',
    organization: 'organization',
    sessions: 'sessions',
    first: 'first',
    latest: 'latest',
    years: 'years',
    status: 'status',
    year: 'year',
    closures: 'closures',
    yes: 'yes',
    no: 'no',
    abstain: 'abstain',
    absent: 'absent',
    agreement: 'agreement',
    votes: 'votes',
  },
};

const zh: typeof en = {
  programDescription:
    'Ground Pass：依据联合国公开记录，为各国如何将公民社会排斥在联合国人权体系之外提供可引用的证据。',
  optDb:
    '数据库：SQLite 文件路径或 postgres:// 地址（默认：$DATABASE_URL、$GROUNDPASS_DB 或 data/groundpass.db）',
  optJson: '输出机器可读的 JSON，而非表格',
  optLang: '消息语言：en 或 zh',
  parseDescription: '解析文档并打印读取结果，不写入数据库',
  parsePressDescription: '解析非政府组织委员会新闻稿（文本或 HTML）',
  importDescription: '将文档导入数据库（文件或文件夹；重复导入不会改变任何内容）',
  importNgoDescription: '导入非政府组织委员会新闻稿（.txt、.html）和决定表（.csv）',
  ngoDescription: '关于经社理事会非政府组织委员会的数据',
  questionsDescription: '各国提问数量及其占全部提问的比例',
  pendingDescription: '经过至少 N 年推迟仍未决定的申请',
  longestDescription: '推迟时间最长的申请',
  applicationDescription: '一项申请的完整历史及其来源',
  votesDescription: '记录表决：各成员的投票及成员之间投票一致的频率',
  closuresDescription: '因组织未按时答复而被关闭的申请（按年）',
  reviewDescription: '名称相似、等待人工确认或否定的组织',
  serveDescription: '启动网页应用和 JSON API',
  optFrom: '起始年份（含）',
  optTo: '结束年份（含）',
  optTopic: '只统计带有此主题标签的提问',
  optMinYears: '最少未决年数',
  optLimit: '行数',
  optPort: '监听端口',
  optHost: '监听地址',
  optDemo: '数据库为空时，首次启动载入示例数据',
  optCsv: '输出 CSV，而非表格',
  optReviewSame: '答复待核项：两条记录是同一组织（合并）',
  optReviewDifferent: '答复待核项：是不同的组织',
  reviewDecided: (id, as) =>
    as === 'same' ? `待核项 ${id}：已合并为同一组织` : `待核项 ${id}：保持分开`,
  imported: '已导入',
  unchanged: '未改变（已导入过）',
  rejected: '已拒绝',
  skipped: '已跳过',
  importSummary: (i, u, r, s) => `导入 ${i} 个，未改变 ${u} 个，拒绝 ${r} 个，跳过 ${s} 个`,
  notFound: (what) => `未找到：${what}`,
  noData: '尚无数据：请先导入文档（groundpass import ngo-committee 路径…）',
  listening: (url) => `Ground Pass 正在运行：${url}`,
  sampleLoaded: (n) => `已载入示例数据（${n} 份文档）——组织均为虚构，仅供试用`,
  evidenceHint: '证据：--json 列出每个数字背后的记录编号；`application` 显示来源',
  invalidNumber: (opt, v) => `${opt} 必须是整数，收到 "${v}"`,
  questionsTotal: (n, from, to) =>
    `共 ${n} 个提问${from ? `，自 ${from} 年` : ''}${to ? `至 ${to} 年` : ''}。`,
  col: {
    state: '国家',
    name: '名称',
    questions: '提问数',
    share: '占比',
    repeated: '重复提问',
    organization: '组织',
    sessions: '届会数',
    first: '首次推迟',
    latest: '最近推迟',
    years: '年数',
    status: '状态',
    year: '年份',
    closures: '关闭数',
    yes: '赞成',
    no: '反对',
    abstain: '弃权',
    absent: '缺席',
    agreement: '一致率',
    votes: '表决数',
  },
};

export type Messages = typeof en;

export function pickLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.indexOf('--lang');
  const explicit = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const wanted = explicit ?? env.GROUNDPASS_LANG ?? env.LANG ?? 'en';
  return wanted.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}
