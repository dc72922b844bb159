/**
 * UI text of the Council participation pages (issue 14: speaking slots, points of order,
 * coordinated statements), in English and Chinese. `participationZh` is typed as the shape of
 * `participationEn`, so a key missing from either language is a compile error. The pages read it
 * through `partText(lang)`; classification labels come from the organisation pages' own text
 * (i18n-organizations.ts), shown through their evidence component.
 */

import type { Lang } from './i18n';

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

export const participationEn = {
  navLabel: 'Council participation',
  navSlots: 'Speaking slots',
  navPointsOfOrder: 'Points of order',
  navClusters: 'Coordinated statements',
  navUpr: 'At UPR adoptions',
  // CSV downloads: the figures of the page as chosen, each row with its documents and lines
  csvSlots: 'Download these figures (CSV)',
  csvPoints: 'Download these points of order (CSV)',
  csvUpr: 'Download these speakers (CSV)',
  csvClusters: 'Download these clusters (CSV)',

  // speaking slots
  slotsTitle: 'Who holds the microphone: NGO speaking slots at the Human Rights Council',
  slotsIntro:
    'One slot is one NGO statement in one debate, counted once however many documents report it. A count printed without names (“… and 12 non-governmental organizations”) adds the slots beyond those named. Classifications come from the organisation registry and are shown with the evidence they rest on; an organisation not in the registry counts as unknown.',
  sessionLabel: 'Session',
  allSessions: 'all sessions',
  baseYearLabel: 'Growth against the year',
  noBaseYear: 'no base year',
  show: 'Show',
  summary: (total: string, named: string, unnamed: string) =>
    `${plural(total, 'NGO slot', 'NGO slots')}: ${named} named, ${unnamed} counted without names`,
  noSlots: 'No NGO statement is recorded for this selection.',
  byClassificationTitle: 'NGO slots by classification of the organisation',
  byClassificationDescription: (first: string, share: string) =>
    `Bar chart of NGO slots by the classification of the organisation; the largest is ${first}, ${share} of the slots.`,
  byClassificationNone:
    'No organisation of this selection is in the organisation registry, so no share by classification can be given.',
  byStateTitle: 'NGO slots of organisations tied to a State, by that State',
  byStateDescription: (first: string, share: string) =>
    `Bar chart of NGO slots held by organisations classified state-linked or GONGO, by the State they are linked to; the largest is ${first}, ${share} of all slots.`,
  byStateNone:
    'No slot of this selection was held by an organisation classified as tied to a State.',
  byItemTitle: 'NGO slots per agenda item and debate',
  byItemDescription: (n: string) => `Bar chart of NGO slots in ${plural(n, 'debate', 'debates')}.`,
  growthTitle: (base: string) => `NGO slots per year, against ${base}`,
  growthTitleNoBase: 'NGO slots per year',
  growthDescription: (first: string, last: string) =>
    `Column chart of NGO slots per year from ${first} to ${last}, all sessions.`,
  growthNote:
    'Per year over all sessions (the session chosen above does not narrow it); the ratio is the year’s slots divided by the base year’s.',
  growthClassificationLabel: 'Count only',
  growthAllOrganizations: 'all organisations',
  slotsAxis: 'NGO slots',
  colClassification: 'Classification (with its evidence)',
  colLinkedState: 'Linked State',
  colItem: 'Agenda item / debate',
  colNamed: 'Named',
  colUnnamed: 'Counted without names',
  colSlots: 'Slots',
  colShare: 'Share',
  colYear: 'Year',
  colRatio: 'Against base year',
  colEvidence: 'Evidence',
  colOrganizations: 'Organisations',
  agendaItem: (item: string) => `Item ${item}`,
  ratio: (r: string) => `× ${r}`,
  openEvidence: 'Statements',
  openEvidenceOf: (what: string) => `The statements behind: ${what}`,
  clickHint: 'Select a bar, or a row’s “Statements”, to list the statements behind it.',
  organizationsTitle: 'Organisations of this selection',
  unnamedRow: 'counted, not named',

  // evidence list
  evidenceTitle: (what: string) => `Statements behind: ${what}`,
  /** the heading over a classification's statements; the label follows with its evidence */
  evidenceTitleClass: 'Statements of the organisations with the classification below',
  evidenceCount: (n: string) => plural(n, 'statement', 'statements'),
  evidenceTallies: (n: string) =>
    `plus ${plural(n, 'printed count', 'printed counts')} of speakers without names (not listed one by one)`,
  closeEvidence: 'Close',
  jointStatement: 'joint statement',
  jointOf: (n: string) =>
    `joint statement on behalf of ${plural(n, 'organisation', 'organisations')}`,
  atMoment: (moment: string) => `at ${moment}`,
  cosigners: 'Co-signed by',
  watch: 'Watch',
  notInRegistry: 'not in the organisation registry',
  forms: {
    'speaker-list': 'speaker list of a meeting summary',
    'session-report': 'session report',
    transcript: 'meeting transcript',
    narrative: 'account of the statement',
  } as Record<string, string>,

  // points of order
  pooTitle: 'Points of order against NGO speakers',
  pooIntro:
    'A State interrupts a speaker with a point of order; the President rules on it. Each point of order is listed with who raised it, against whose speech, the ruling and outcome, and the document and line it was read from. The same event told by several documents is one (the others are listed as further sources).',
  stateLabel: 'Raised by',
  anyState: 'any State',
  yearLabel: 'Year',
  anyYear: 'any year',
  pooTotal: (n: string) => plural(n, 'point of order', 'points of order'),
  noPoints: 'No point of order is recorded for this selection.',
  colDate: 'Date / session',
  colRaisedBy: 'Raised by',
  colAgainst: 'Against the speech of',
  colRuling: 'Ruling and outcome',
  colCitation: 'Citation',
  notNamed: 'not named in the source',
  noRuling: 'no ruling recorded',
  outcomes: {
    'speaker-continued': 'speaker continued',
    rejected: 'point of order rejected',
    upheld: 'point of order upheld',
    interrupted: 'speaker interrupted',
    unknown: 'outcome not stated',
  } as Record<string, string>,
  rulingLine: (line: string) => `ruling: line ${line}`,
  alsoIn: (n: string) => `also told by ${plural(n, 'other record', 'other records')}`,
  byYearTitle: 'Per year',
  byTargetTitle: 'Whom they targeted',
  sessionByDate: 'session inferred from the date',

  // clusters
  clustersTitle: 'Coordinated statements: near-duplicate NGO statements',
  clustersIntro:
    'Statements delivered by different organisations that say nearly the same thing (reworded, reordered, or translated and back), found by MinHash and checked word by word. Shared passages are highlighted in each statement. Only statements stored with their words (transcripts, accounts of statements) can be compared; speaker lists give names only.',
  clustersSummary: (clusters: string, statements: string, without: string) =>
    `${plural(clusters, 'cluster', 'clusters')} among ${plural(statements, 'statement', 'statements')} with their words (${without} without words not compared)`,
  noClusters: 'No near-duplicate statements were found in this selection.',
  clusterTitle: (n: string, orgs: string) =>
    `Cluster ${n}: ${plural(orgs, 'organisation', 'organisations')}`,
  similarity: (min: string, max: string) =>
    min === max ? `similarity ${min}` : `similarity ${min}–${max}`,
  sharedPassages: 'Shared passages',
  sharedBy: (n: string) => `in ${plural(n, 'statement', 'statements')}`,
  membersTitle: 'Statements',

  // UPR adoptions
  uprTitle: 'Who speaks when the Council adopts a State’s UPR outcome',
  uprIntro:
    'The Council adopts the outcome of each universal periodic review under agenda item 6; the State under review, other States and NGOs speak. The speakers are read from the meeting summaries and reports, each NGO with its classification and evidence where the organisation registry has one.',
  uprStateLabel: 'State under review',
  uprNone: 'No speaker at an adoption of this State’s UPR outcome is recorded.',
  uprNoneStored: 'No UPR adoption with its speakers is recorded yet.',
  uprAdoption: (session: string, date: string) => `${session}, ${date}`,
  uprNgoSpeakers: (n: string) => plural(n, 'NGO speaker', 'NGO speakers'),
  colSpeaker: 'Speaker',
  colKind: 'Speaking for',
  speakerKinds: {
    ngo: 'NGO',
    state: 'State',
    other: 'other body',
  } as Record<string, string>,
};

export type ParticipationMessages = typeof participationEn;

export const participationZh: ParticipationMessages = {
  navLabel: '理事会参与情况',
  navSlots: '发言名额',
  navPointsOfOrder: '程序问题',
  navClusters: '协同发言',
  navUpr: '普遍定期审议结果通过时',
  csvSlots: '下载这些数据（CSV）',
  csvPoints: '下载这些程序问题（CSV）',
  csvUpr: '下载这些发言者（CSV）',
  csvClusters: '下载这些发言群组（CSV）',

  slotsTitle: '谁在发言：人权理事会上非政府组织的发言名额',
  slotsIntro:
    '一个名额指一个非政府组织在一场辩论中的一次发言，无论有几份文件报道都只计一次。文件只印出人数而未列名称时（“……及 12 个非政府组织”），超出已列名称的部分计为未具名名额。分类来自组织登记册，并附其所依据的证据；不在登记册中的组织计为“不详”。',
  sessionLabel: '届会',
  allSessions: '全部届会',
  baseYearLabel: '增长对比基准年',
  noBaseYear: '无基准年',
  show: '显示',
  summary: (total, named, unnamed) =>
    `非政府组织发言名额 ${total} 个：具名 ${named} 个，未具名计数 ${unnamed} 个`,
  noSlots: '所选范围内没有非政府组织发言记录。',
  byClassificationTitle: '按组织分类的非政府组织发言名额',
  byClassificationDescription: (first, share) =>
    `条形图：按组织分类统计的非政府组织发言名额；最多的是${first}，占 ${share}。`,
  byClassificationNone: '所选范围内没有任何组织在组织登记册中，因此无法按分类统计占比。',
  byStateTitle: '与某国有关联的组织的发言名额（按关联国家）',
  byStateDescription: (first, share) =>
    `条形图：被归类为与国家有关联或政府组织的非政府组织所占的发言名额，按其关联国家统计；最多的是${first}，占全部名额的 ${share}。`,
  byStateNone: '所选范围内没有被归类为与某国有关联的组织的发言名额。',
  byItemTitle: '各议程项目及辩论的非政府组织发言名额',
  byItemDescription: (n) => `条形图：${n} 场辩论中的非政府组织发言名额。`,
  growthTitle: (base) => `每年的非政府组织发言名额（对比 ${base} 年）`,
  growthTitleNoBase: '每年的非政府组织发言名额',
  growthDescription: (first, last) =>
    `柱状图：${first} 年至 ${last} 年每年的非政府组织发言名额（全部届会）。`,
  growthNote: '按年份统计全部届会（不受上方所选届会限制）；比值为该年名额除以基准年名额。',
  growthClassificationLabel: '仅统计',
  growthAllOrganizations: '全部组织',
  slotsAxis: '发言名额',
  colClassification: '分类（附证据）',
  colLinkedState: '关联国家',
  colItem: '议程项目／辩论',
  colNamed: '具名',
  colUnnamed: '未具名计数',
  colSlots: '名额',
  colShare: '占比',
  colYear: '年份',
  colRatio: '对比基准年',
  colEvidence: '证据',
  colOrganizations: '组织',
  agendaItem: (item) => `议程项目 ${item}`,
  ratio: (r) => `× ${r}`,
  openEvidence: '发言',
  openEvidenceOf: (what) => `所依据的发言：${what}`,
  clickHint: '选择一根条形，或表格中某行的“发言”，即可列出其背后的发言。',
  organizationsTitle: '所选范围内的组织',
  unnamedRow: '仅计数，未具名',

  evidenceTitle: (what) => `所依据的发言：${what}`,
  evidenceTitleClass: '下列分类的组织所作的发言',
  evidenceCount: (n) => `${n} 次发言`,
  evidenceTallies: (n) => `另有 ${n} 处未列名称的发言人数（无法逐一列出）`,
  closeEvidence: '关闭',
  jointStatement: '联合发言',
  jointOf: (n) => `代表 ${n} 个组织的联合发言`,
  atMoment: (moment) => `时间 ${moment}`,
  cosigners: '联署组织',
  watch: '观看',
  notInRegistry: '不在组织登记册中',
  forms: {
    'speaker-list': '会议摘要的发言名单',
    'session-report': '届会报告',
    transcript: '会议记录',
    narrative: '发言的记述',
  },

  pooTitle: '针对非政府组织发言者的程序问题',
  pooIntro:
    '国家以程序问题打断发言者，由主席作出裁定。每个程序问题都列出提出者、针对谁的发言、裁定和结果，以及所依据的文件和行号。多份文件报道的同一事件只计一次（其他文件列为补充来源）。',
  stateLabel: '提出国',
  anyState: '任何国家',
  yearLabel: '年份',
  anyYear: '任何年份',
  pooTotal: (n) => `${n} 个程序问题`,
  noPoints: '所选范围内没有程序问题记录。',
  colDate: '日期／届会',
  colRaisedBy: '提出国',
  colAgainst: '针对的发言',
  colRuling: '裁定与结果',
  colCitation: '出处',
  notNamed: '来源未载明',
  noRuling: '未记录裁定',
  outcomes: {
    'speaker-continued': '发言者继续发言',
    rejected: '程序问题被驳回',
    upheld: '程序问题得到支持',
    interrupted: '发言被打断',
    unknown: '结果未载明',
  },
  rulingLine: (line) => `裁定：第 ${line} 行`,
  alsoIn: (n) => `另见 ${n} 条记录`,
  byYearTitle: '按年份',
  byTargetTitle: '针对对象',
  sessionByDate: '届会由日期推定',

  clustersTitle: '协同发言：内容几乎相同的非政府组织发言',
  clustersIntro:
    '不同组织所作、内容几乎相同的发言（改写、调换语序或经翻译再译回），用 MinHash 查找并逐词核对。各发言中的共同段落以高亮显示。只有存有原文的发言（会议记录、发言记述）才能比较；发言名单只有名称。',
  clustersSummary: (clusters, statements, without) =>
    `在 ${statements} 次存有原文的发言中找到 ${clusters} 组（另有 ${without} 次发言没有原文，未作比较）`,
  noClusters: '所选范围内没有发现内容几乎相同的发言。',
  clusterTitle: (n, orgs) => `第 ${n} 组：${orgs} 个组织`,
  similarity: (min, max) => (min === max ? `相似度 ${min}` : `相似度 ${min}–${max}`),
  sharedPassages: '共同段落',
  sharedBy: (n) => `见于 ${n} 次发言`,
  membersTitle: '发言',

  uprTitle: '理事会通过某国普遍定期审议结果时谁在发言',
  uprIntro:
    '理事会在议程项目 6 下通过每次普遍定期审议的结果；受审议国、其他国家和非政府组织发言。发言者取自会议摘要和报告；组织登记册有分类的非政府组织，附其分类和证据。',
  uprStateLabel: '受审议国家',
  uprNone: '没有该国普遍定期审议结果通过时的发言记录。',
  uprNoneStored: '尚无任何普遍定期审议结果通过时的发言记录。',
  uprAdoption: (session, date) => `${session}，${date}`,
  uprNgoSpeakers: (n) => `${n} 个非政府组织发言`,
  colSpeaker: '发言者',
  colKind: '代表',
  speakerKinds: { ngo: '非政府组织', state: '国家', other: '其他机构' },
};

export function partText(lang: Lang): ParticipationMessages {
  return lang === 'zh' ? participationZh : participationEn;
}
