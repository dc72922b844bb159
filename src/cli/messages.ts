/**
 * CLI messages in English and Simplified Chinese. The language comes from --lang, then
 * GROUNDPASS_LANG, then LANG (zh_CN.UTF-8 → Chinese), English otherwise.
 */
import { stateArgMessage } from '../domain/reference/state-arg-message.js';
import type { StateArgError } from '../domain/reference/states-arg.js';

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
  parseUprDescription:
    'parse a UPR file (UPR Info export CSV, UN matrix CSV or .docx, Working Group report or addendum text)',
  parseUprUnknown: 'not a UPR file this tool can read',
  parseHrcVotePressDescription:
    'parse a Human Rights Council press release that states vote results (text or HTML; English, French, Chinese)',
  importDescription:
    'import documents into the database (files or folders; re-running changes nothing)',
  gongoDescription:
    'the organisation registry and its GONGO evidence register: evidence, classification, history, revert',
  reprisalsDescription:
    'the reprisals registry: cases and statistics, shown as your role may see them (public: pseudonyms, small counts hidden)',
  reportDescription:
    'the annual report: one State across the mechanisms, or one mechanism, every figure cited (HTML, PDF, JSON; English and Chinese)',
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
  optNoBom:
    'with --csv: leave out the UTF-8 byte-order mark that is written first so Excel reads Chinese names right',
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
  fileError: (code: string) =>
    ({
      ENOENT: 'no such file',
      EISDIR: 'a folder, not a file',
      EACCES: 'not readable (permission denied)',
    })[code] ?? `not readable (${code})`,
  noData: 'no data yet: import documents first (groundpass import ngo-committee PATH…)',
  listening: (url: string) => `Ground Pass is running at ${url}`,
  sampleLoaded: (n: number) =>
    `sample dataset loaded (${n} documents) — fictional organisations, for trying the app`,
  evidenceHint:
    'evidence: --json lists the record ids behind each figure; `application` shows sources',
  invalidNumber: (opt: string, v: string) => `${opt} must be a whole number, got "${v}"`,
  /** Every command's state argument or option: see domain/reference/states-arg.ts. */
  badState: (e: StateArgError) => stateArgMessage(e, 'en'),
  questionsTotal: (n: number, from?: number, to?: number, topic?: string) =>
    `${n} questions${topic ? ` about ${topic}` : ''}${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}.`,
  hrcVotes: {
    importDescription:
      'import HRC/CHR/UNGA recorded votes: the OHCHR export (resolutions + votes CSV, .gz too), UNGA roll calls, press releases (.txt, .html)',
    description: 'recorded votes of the Human Rights Council (and CHR, UNGA): records, alignment',
    resolution: 'how each state voted on one text (symbol such as A/HRC/RES/32/31)',
    record: "a state's votes, with totals by target state and by year",
    alignment: 'who votes with a state: agreement over the votes both cast, most alike first',
    matrix: 'agreement between every pair of states',
    cohesion: 'how alike the members of each regional (or given) group vote',
    idealPoints: 'one-dimensional position of each state per year (classical MDS)',
    amendments: 'amendments with the text they would amend, sponsors, who voted for them',
    disagreements: 'texts whose counts from the roll-call differ from the official totals',
    optBody: 'voting body: HRC (default), CHR or UNGA',
    optCountrySpecific: 'only country-specific texts (with a target state)',
    optTop: 'how many states',
    optMinVotes:
      "leave out states with fewer common votes (default: a tenth of the state's own votes, at least 5)",
    optWithAmendments:
      'count the votes on amendments too (default: the texts only, since a yes to a hostile amendment is a vote against the text)',
    optMatrixShape:
      'with --json: full (square arrays, the default) or triangle (each pair once, agreement as whole half-points over common votes; the same values)',
    alignmentBasis: (
      state: string,
      votes: number,
      amendments: boolean,
      min: number,
      byDefault: boolean,
      leftOut: number,
    ) =>
      `${state} cast ${votes} votes (${amendments ? 'texts and amendments' : 'texts only; --with-amendments to count amendments'}). ` +
      `States with fewer than ${min} common votes (${byDefault ? 'default: a tenth of those, at least 5' : '--min-votes'}) are left out: ${leftOut}.`,
    agreementBasis: (amendments: boolean): string =>
      amendments
        ? 'Counted: texts and amendments.'
        : 'Counted: texts only (--with-amendments to count amendments).',
    optGroup: 'a group of your own: NAME=ISO3,ISO3,… (repeatable); regional groups otherwise',
    optYear: 'one year',
    optTheme: 'only amendments whose text carries this theme label',
    optHostileOnly: 'only amendments judged hostile',
    unknownState: (code: string) =>
      `unknown state code "${code}": use ISO 3166 alpha-3 (CHN, USA…)`,
    badGroup: (v: string) => `--group must look like NAME=ISO3,ISO3, got "${v}"`,
    noVotes:
      'no recorded votes for this selection: import votes first (groundpass import hrc-votes PATH…)',
    recordTotal: (n: number, state: string) => `${n} recorded votes cast by ${state}.`,
    evidenceHint:
      "evidence: --json lists the text ids behind each figure; `votes resolution SYMBOL` shows a text's source",
    amendmentLine: (yes: number, no: number, abstain: number, absent: number) =>
      `Votes on amendments (not in the tables above): yes ${yes}, no ${no}, abstain ${abstain}, absent ${absent}.`,
    others: (n: number) => `${n} other record(s) carry this symbol (--json lists them).`,
    official: 'official totals',
    hostile: 'hostile',
    target: 'target',
  },
  upr: {
    evidenceHint:
      'evidence: --json lists the recommendation ids behind each figure; `upr recommendation ID` shows its source',
    importDescription:
      'import UPR recommendations: UPR Info exports (.csv, .csv.gz), UN matrices (.csv, .docx), Working Group reports and addenda (.txt)',
    description: 'Universal Periodic Review: responses per cycle, recommending states, search',
    stats: 'how a state under review answered its recommendations, per cycle',
    search:
      'search all recommendations (boolean operators, phrases, stemming, Chinese), with facets',
    profile:
      'a state under review across its cycles: responses, recommending states, themes, labels',
    recommendation: 'one recommendation with its source, response and labels (with reasons)',
    recommenders: 'responses per recommending state or regional group',
    optSur: 'state under review (ISO 3166 alpha-3 or UN name, e.g. CHN, China, 中国)',
    optFromState: 'recommending state (ISO 3166 alpha-3 or UN name)',
    optCycle: 'UPR cycle (1–4)',
    optResponse: 'response: supported, partially, noted, rejected or pending',
    optRegion: 'regional group of the recommending state: African, Asia-Pacific, EEG, GRULAC, WEOG',
    optTheme: 'theme label (e.g. "Human rights defenders")',
    optAction: 'action category 1 (minimal) … 5 (specific action)',
    optOffset: 'skip this many results (pagination)',
    optSource:
      'count only this unit: official (UN paragraphs) or upr-info (one row per recommending state); reviews stored only in the other unit are left out. Without it: UN paragraphs where stored, else UPR Info rows',
    optSearchSource:
      'source kind: upr-info-export (one row per recommending state), un-matrix or wg-report (one row per UN paragraph); pick one unit, or a review stored from both is counted twice',
    optBy: 'group by recommending state (state) or regional group (region)',
    unknownState: (v: string) => `unknown state "${v}": use ISO 3166 alpha-3 (CHN, USA…)`,
    badChoice: (opt: string, v: string, choices: string) =>
      `${opt} must be one of ${choices}, got "${v}"`,
    noData:
      'no UPR recommendations for this selection: import some first (groundpass import upr PATH…)',
    searchTotal: (n: number, shown: number, offset: number) =>
      `${n} recommendations match; showing ${shown} from ${offset + 1}.`,
    indexBuilt: (n: number, ms: number) =>
      `search index: ${n} recommendations in ${ms.toFixed(0)} ms`,
    queryProblem: (p: string) => `note: ${p}`,
    rate: 'noted+rejected',
    total: 'total',
    supported: 'supported',
    partially: 'partially',
    noted: 'noted',
    rejected: 'rejected',
    pending: 'pending',
    cycle: 'cycle',
    unit: 'unit',
    recommender: 'recommender',
    critical: 'critical among supported',
    unitNames: {
      paragraph: 'UN paragraphs',
      'recommending-state': 'UPR Info rows',
    } as Record<string, string>,
    unitShort: { paragraph: 'UN paragraph', 'recommending-state': 'UPR Info row' } as Record<
      string,
      string
    >,
    responseNames: {
      supported: 'supported',
      partially: 'partially supported',
      noted: 'noted',
      rejected: 'rejected',
      pending: 'pending',
    } as Record<string, string>,
    sourceNames: {
      'upr-info-export': 'UPR Info export',
      'un-matrix': 'UN matrix',
      'wg-report': 'Working Group report',
    } as Record<string, string>,
    facetNames: {
      sur: 'state under review',
      from: 'recommending state',
      cycle: 'cycle',
      response: 'response',
      source: 'source',
    } as Record<string, string>,
    cycles: (list: string) =>
      list.includes('–') || list.includes(',') ? `cycles ${list}` : `cycle ${list}`,
    countedIn: (parts: string) =>
      `Counted in: ${parts}. A UN paragraph may name several recommending states; UPR Info has one row per recommending state. Each total is in one unit; units are never added.`,
    unitPart: (unit: string, cycles: string, total: number) => `${unit}, ${cycles}: ${total}`,
    unitChange: (before: number, after: number, from: string, to: string) =>
      `! the unit changes between cycle ${before} (${from}) and cycle ${after} (${to}): their figures do not compare; --source upr-info or official counts one unit throughout`,
    byUnitTitle: (unit: string, cycles: string, total: number) =>
      `Recommending states, ${unit}, ${cycles} (${total}):`,
    themes: 'themes',
    actions: 'action 1–5',
    repeated: 'repeated',
    narrative: 'narrative',
    optUnit:
      'counting unit: auto (default: per review, UN paragraphs where stored, else UPR Info rows), paragraph, or recommending-state',
    optOrder:
      'result order: id (the order of import, default) or relevance (BM25: rarer words, found more often, in shorter texts first)',
    searchUnit: (rule: string, counted: string, leftOut: number) =>
      `Counted in ${counted} (unit rule: ${rule})${leftOut > 0 ? `; ${leftOut} match(es) in the other unit left out (--unit)` : ''}.`,
    expansion: (term: string, query: string) =>
      `Chinese term searched in English too: ${term} → ${query}`,
    untranslated: (words: string) =>
      `not in the glossary of UN human-rights terms (searched only as written): ${words}`,
    whyEmpty: {
      'query-ignored':
        'Nothing was searched: every part of the query was ignored (see the notes above).',
      'chinese-not-in-texts':
        'No match: the stored recommendations are in English and hold no Chinese text, and the glossary has no English for the Chinese words above. Search in English, or use a glossary term (docs/upr.md).',
      'filters-exclude':
        'No match with these filters; the words alone match {n} (remove a filter).',
      'other-unit': 'No match in this unit; {n} match(es) in the other unit (--unit).',
      'no-match':
        'No recommendation holds these words. Words are stemmed (rights = right); other forms of a word may need a prefix: word*.',
    } as Record<string, string>,
    rec: {
      session: 'session',
      from: 'from',
      response: 'response',
      source: 'source',
      line: 'line',
      labels: 'labels (machine suggestions)',
      action: 'action',
      tone: 'tone',
      tones: { critical: 'critical', supportive: 'supportive', neutral: 'neutral' } as Record<
        string,
        string
      >,
      themeRule: 'words of the theme',
      saysRepeated: 'says it repeats an earlier recommendation',
      sourceLabels: 'source labels',
      earlier: 'earlier',
      alike: (pct: string) => `${pct} alike`,
    },
    hint: (query: string, total: number) =>
      `hint: ${query} finds ${total} (a prefix also finds the other forms of the word)`,
  },
  ngo: {
    optRequest:
      'which kind of request: application (for status) or reclassification (of a status held)',
    request: { application: 'application', reclassification: 'reclassification' } as Record<
      string,
      string
    >,
    outcome: {
      pending: 'pending',
      recommended: 'recommended',
      closed: 'closed',
      withdrawn: 'withdrawn',
      'not-recommended': 'not recommended',
      lapsed: 'lapsed',
    } as Record<string, string>,
    colRequest: 'request',
    noDataInRange: (from: number | undefined, to: number | undefined, years: number[]) =>
      `no questions ${from ?? '…'}–${to ?? '…'}: questions are recorded for ${years.length ? years.join(', ') : 'no year yet (import press releases: groundpass import ngo-committee PATH…)'}`,
    ambiguous: (name: string, n: number) =>
      `"${name}" is not one organisation's exact name: ${n} candidate(s) below; give the id or the exact name`,
    history: (h: {
      request: string;
      sessions: number;
      first: string;
      last: string;
      years: string;
      status: string;
    }) =>
      `${h.request}: deferred at ${h.sessions} sessions, ${h.first} → ${h.last} (${h.years} years), ${h.status}`,
    report: 'report',
    motion: 'motion',
    yesMeant: 'a yes was',
    forOrg: 'for the organisation',
    againstOrg: 'against the organisation',
    unknownSide: 'not stated in the source',
    ballotsSides: 'ballots for / against the organisation (votes whose motion is known)',
    linkedPress: 'also reported by',
  },
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
  parseUprDescription:
    '解析普遍定期审议文件（UPR Info 导出 CSV、联合国建议矩阵 CSV 或 .docx、工作组报告或其增编文本）',
  parseUprUnknown: '不是本工具可读取的普遍定期审议文件',
  parseHrcVotePressDescription:
    '解析载有表决结果的人权理事会新闻稿（文本或 HTML；英文、法文、中文）',
  importDescription: '将文档导入数据库（文件或文件夹；重复导入不会改变任何内容）',
  gongoDescription: '组织登记册及其 GONGO 证据登记：证据、分类、历史、撤销',
  reprisalsDescription:
    '报复案件登记册：按你的角色可见范围显示案件和统计（公众：只显示化名，小数目隐藏）',
  reportDescription:
    '年度报告：一个国家在各机制中的记录，或一个机制的记录，每个数字都注明出处（HTML、PDF、JSON；英文和中文）',
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
  optNoBom:
    '与 --csv 一起使用：不写入开头的 UTF-8 字节顺序标记（默认写入，以便 Excel 正确显示中文名称）',
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
  fileError: (code) =>
    ({ ENOENT: '文件不存在', EISDIR: '这是文件夹，不是文件', EACCES: '无法读取（没有权限）' })[
      code
    ] ?? `无法读取（${code}）`,
  noData: '尚无数据：请先导入文档（groundpass import ngo-committee 路径…）',
  listening: (url) => `Ground Pass 正在运行：${url}`,
  sampleLoaded: (n) => `已载入示例数据（${n} 份文档）——组织均为虚构，仅供试用`,
  evidenceHint: '证据：--json 列出每个数字背后的记录编号；`application` 显示来源',
  invalidNumber: (opt, v) => `${opt} 必须是整数，收到 "${v}"`,
  badState: (e) => stateArgMessage(e, 'zh'),
  questionsTotal: (n, from, to) =>
    `共 ${n} 个提问${from ? `，自 ${from} 年` : ''}${to ? `至 ${to} 年` : ''}。`,
  hrcVotes: {
    importDescription:
      '导入人权理事会/人权委员会/联大记录表决：OHCHR 导出文件（决议与投票 CSV，可为 .gz）、联大唱名表决、新闻稿（.txt、.html）',
    description: '人权理事会（及人权委员会、联大）记录表决：投票记录与一致率',
    resolution: '各国对某一案文的投票（文号如 A/HRC/RES/32/31）',
    record: '某国的投票记录，按针对国家和年份汇总',
    alignment: '与某国投票一致的国家：按双方都参加的表决计算一致率，从高到低',
    matrix: '每两国之间的投票一致率',
    cohesion: '各区域组（或自定义组）成员投票的一致程度',
    idealPoints: '每年各国的一维立场估计（经典多维尺度法）',
    amendments: '修正案及其所修正的案文、提案国和投赞成票的国家',
    disagreements: '根据唱名表决计算的票数与正式票数不一致的案文',
    optBody: '表决机构：HRC（默认）、CHR 或 UNGA',
    optCountrySpecific: '只看针对具体国家的案文',
    optTop: '国家数',
    optMinVotes: '共同表决次数少于此数的国家不列出（默认：该国自身表决次数的十分之一，至少 5）',
    optWithAmendments:
      '同时计入对修正案的表决（默认只计案文本身：对敌意修正案投赞成票即反对该案文）',
    optMatrixShape:
      '与 --json 同用：full（方阵，默认）或 triangle（每对国家只列一次，一致率以共同表决次数和半分整数表示；数值相同）',
    alignmentBasis: (state, votes, amendments, min, byDefault, leftOut) =>
      `${state} 共投票 ${votes} 次（${amendments ? '案文及修正案' : '只计案文；--with-amendments 计入修正案'}）。` +
      `共同表决少于 ${min} 次的国家（${byDefault ? '默认：上述次数的十分之一，至少 5' : '--min-votes'}）不列出：${leftOut} 个。`,
    agreementBasis: (amendments) =>
      amendments ? '计入：案文及修正案。' : '计入：只计案文（--with-amendments 计入修正案）。',
    optGroup: '自定义国家组：名称=ISO3,ISO3,…（可重复）；否则按区域组',
    optYear: '某一年',
    optTheme: '只看案文带有此主题标签的修正案',
    optHostileOnly: '只看被判定为敌意的修正案',
    unknownState: (code) => `未知国家代码 "${code}"：请使用 ISO 3166 三字母代码（CHN、USA…）`,
    badGroup: (v) => `--group 的格式应为 名称=ISO3,ISO3，收到 "${v}"`,
    noVotes: '此条件下没有记录表决：请先导入（groundpass import hrc-votes 路径…）',
    recordTotal: (n, state) => `${state} 共参加 ${n} 次记录表决。`,
    evidenceHint: '证据：--json 列出每个数字背后的文本编号；`votes resolution 文号` 显示文本来源',
    amendmentLine: (yes, no, abstain, absent) =>
      `对修正案的表决（不计入上表）：赞成 ${yes}，反对 ${no}，弃权 ${abstain}，缺席 ${absent}。`,
    others: (n) => `另有 ${n} 条记录使用同一文号（--json 可列出）。`,
    official: '正式票数',
    hostile: '敌意',
    target: '针对国家',
  },
  upr: {
    evidenceHint: '证据：--json 列出每个数字背后的建议编号；`upr recommendation 编号` 显示其来源',
    importDescription:
      '导入普遍定期审议建议：UPR Info 导出文件（.csv、.csv.gz）、联合国建议矩阵（.csv、.docx）、工作组报告及其增编（.txt）',
    description: '普遍定期审议：各轮答复、提出建议的国家、检索',
    stats: '受审议国每轮对建议的答复',
    search: '检索全部建议（布尔运算、短语、词干、中文），附分面统计',
    profile: '受审议国历轮概况：答复、提出建议的国家、主题、标签',
    recommendation: '一条建议及其来源、答复和标签（附理由）',
    recommenders: '按提出建议的国家或区域组统计答复',
    optSur: '受审议国（ISO 3166 三字母代码或联合国国名，如 CHN、China、中国）',
    optFromState: '提出建议的国家（ISO 3166 三字母代码或联合国国名）',
    optCycle: '审议轮次（1–4）',
    optResponse:
      '答复：supported（支持）、partially（部分支持）、noted（注意到）、rejected（拒绝）或 pending（待答复）',
    optRegion: '提出建议国家的区域组：African、Asia-Pacific、EEG、GRULAC、WEOG',
    optTheme: '主题标签（如 "Human rights defenders"）',
    optAction: '行动类别 1（最低）… 5（具体行动）',
    optOffset: '跳过前若干条结果（分页）',
    optSource:
      '只按此单位计数：official（联合国段落）或 upr-info（每个提出建议的国家一行）；只以另一种单位导入的审议不计入。不指定时：有联合国段落的用段落，否则用 UPR Info 行',
    optSearchSource:
      '来源类型：upr-info-export（每个建议国一行）、un-matrix 或 wg-report（每段一行）；请只选一种计数单位，否则两种来源都已导入的审议会被重复计数',
    optBy: '按提出建议的国家（state）或区域组（region）分组',
    unknownState: (v) => `未知国家 "${v}"：请使用 ISO 3166 三字母代码（CHN、USA…）`,
    badChoice: (opt, v, choices) => `${opt} 必须是 ${choices} 之一，收到 "${v}"`,
    noData: '此条件下没有普遍定期审议建议：请先导入（groundpass import upr 路径…）',
    searchTotal: (n, shown, offset) =>
      `共 ${n} 条建议符合；显示第 ${offset + 1} 条起的 ${shown} 条。`,
    indexBuilt: (n, ms) => `检索索引：${n} 条建议，用时 ${ms.toFixed(0)} 毫秒`,
    queryProblem: (p) => `提示：${p}`,
    rate: '注意到+拒绝',
    total: '总数',
    supported: '支持',
    partially: '部分支持',
    noted: '注意到',
    rejected: '拒绝',
    pending: '待答复',
    cycle: '轮次',
    unit: '单位',
    recommender: '建议国',
    critical: '支持中的批评性建议',
    unitNames: { paragraph: '联合国段落', 'recommending-state': 'UPR Info 行' },
    unitShort: { paragraph: '联合国段落', 'recommending-state': 'UPR Info 行' },
    responseNames: {
      supported: '支持',
      partially: '部分支持',
      noted: '注意到',
      rejected: '拒绝',
      pending: '待答复',
    },
    sourceNames: {
      'upr-info-export': 'UPR Info 导出',
      'un-matrix': '联合国建议矩阵',
      'wg-report': '工作组报告',
    },
    facetNames: {
      sur: '受审议国',
      from: '建议国',
      cycle: '轮次',
      response: '答复',
      source: '来源',
    },
    cycles: (list) => `第 ${list} 轮`,
    countedIn: (parts) =>
      `计数单位：${parts}。一个联合国段落可列有多个建议国；UPR Info 每个建议国一行。每个总数只用一种单位，两种单位从不相加。`,
    unitPart: (unit, cycles, total) => `${cycles}：${unit} ${total}`,
    unitChange: (before, after, from, to) =>
      `！第 ${before} 轮（${from}）与第 ${after} 轮（${to}）之间计数单位改变：两者的数字不可比较；--source upr-info 或 official 可全程只用一种单位`,
    byUnitTitle: (unit, cycles, total) => `提出建议的国家，${cycles}，${unit}（${total}）：`,
    themes: '主题',
    actions: '行动类别 1–5',
    repeated: '重复',
    narrative: '采用受审议国说法',
    optUnit:
      '计数单位：auto（默认：每次审议有联合国段落的用段落，否则用 UPR Info 行）、paragraph 或 recommending-state',
    optOrder:
      '结果顺序：id（导入顺序，默认）或 relevance（BM25：越少见的词、出现越多、文本越短越靠前）',
    searchUnit: (rule, counted, leftOut) =>
      `计数单位：${counted}（规则：${rule}）${leftOut > 0 ? `；另一单位中的 ${leftOut} 条匹配未计入（--unit）` : ''}。`,
    expansion: (term, query) => `中文词语同时按英文检索：${term} → ${query}`,
    untranslated: (words) => `不在联合国人权术语表中（只按原文检索）：${words}`,
    whyEmpty: {
      'query-ignored': '未检索：查询的每一部分都被忽略（见上方提示）。',
      'chinese-not-in-texts':
        '没有结果：已存储的建议均为英文，不含中文文本，而术语表中没有上述中文词语的英文对应。请用英文检索，或使用术语表中的词语（见 docs/upr.md）。',
      'filters-exclude': '在这些筛选条件下没有结果；仅按词语可找到 {n} 条（请去掉某个筛选条件）。',
      'other-unit': '在此计数单位中没有结果；另一单位中有 {n} 条（--unit）。',
      'no-match':
        '没有建议包含这些词语。英文词语按词干匹配（rights = right）；同一词的其他形式可能需要前缀检索：word*。',
    },
    rec: {
      session: '届会',
      from: '建议国',
      response: '答复',
      source: '来源',
      line: '行',
      labels: '标签（机器建议）',
      action: '行动类别',
      tone: '语气',
      tones: { critical: '批评性', supportive: '支持性', neutral: '中性' },
      themeRule: '该主题的词语',
      saysRepeated: '自称重复以往建议',
      sourceLabels: '来源自身的标签',
      earlier: '以往建议',
      alike: (pct) => `相似度 ${pct}`,
    },
    hint: (query, total) => `提示：${query} 可找到 ${total} 条（前缀检索也找到该词的其他形式）`,
  },
  ngo: {
    optRequest: '请求类型：application（申请咨商地位）或 reclassification（已有地位的改级请求）',
    request: { application: '申请', reclassification: '改级请求' },
    outcome: {
      pending: '未决',
      recommended: '建议给予',
      closed: '已关闭',
      withdrawn: '已撤回',
      'not-recommended': '建议不给予',
      lapsed: '已失效',
    },
    colRequest: '请求类型',
    noDataInRange: (from, to, years) =>
      `${from ?? '…'}–${to ?? '…'} 年没有提问记录：有提问记录的年份为 ${years.length ? years.join('、') : '无（请先导入新闻稿：groundpass import ngo-committee 路径…）'}`,
    ambiguous: (name, n) =>
      `“${name}”不是某一组织的确切名称：以下列出 ${n} 个候选；请给出编号或确切名称`,
    history: (h) =>
      `${h.request}：在 ${h.sessions} 届会议上被推迟，${h.first} → ${h.last}（${h.years} 年），${h.status}`,
    report: '报告',
    motion: '动议',
    yesMeant: '赞成票',
    forOrg: '支持该组织',
    againstOrg: '不利于该组织',
    unknownSide: '来源未说明',
    ballotsSides: '支持 / 不利于该组织的票数（仅计动议已知的表决）',
    linkedPress: '亦见于',
  },
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
