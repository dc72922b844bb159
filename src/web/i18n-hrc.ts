/**
 * UI text of the HRC recorded-votes pages, in English and Chinese. `hrcZh` is typed as the shape
 * of `hrcEn`, so a key missing from either language is a compile error. Merged into i18n.ts as `t.hrc`.
 * Figures come in already formatted, as in i18n.ts.
 */

import type { TextKind, TextTheme, VoteOutcome, VotingBody } from './api';

/** English singular or plural, chosen on the figure as formatted ("1" is the only singular). */
const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

export const hrcEn = {
  title: 'Human Rights Council votes',
  navLabel: 'Council votes',
  navTexts: 'Texts voted on',
  navAlignment: 'Who votes with whom',
  navAmendments: 'Hostile amendments',
  navIdealPoints: 'Positions by year',

  bodies: {
    HRC: 'Human Rights Council',
    CHR: 'Commission on Human Rights',
    UNGA: 'General Assembly',
  } satisfies Record<VotingBody, string>,
  bodiesShort: { HRC: 'Council', CHR: 'Commission', UNGA: 'Assembly' } satisfies Record<
    VotingBody,
    string
  >,
  kinds: {
    resolution: 'Resolution',
    decision: 'Decision',
    amendment: 'Amendment',
    draft: 'Rejected draft',
    motion: 'Motion',
    other: 'Other',
  } satisfies Record<TextKind, string>,
  outcomes: {
    adopted: 'Adopted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    'not-considered': 'Not considered',
    unknown: 'Not stated',
  } satisfies Record<VoteOutcome, string>,
  themes: {
    'civil-society-space': 'Civil society space',
    reprisals: 'Reprisals / cooperation with the UN',
    'human-rights-defenders': 'Human rights defenders',
    'mutually-beneficial-cooperation': '“Mutually beneficial cooperation”',
    development: 'Development',
    'unilateral-coercive-measures': 'Unilateral coercive measures',
    'peaceful-protests': 'Peaceful protests',
    'freedom-of-expression': 'Freedom of expression',
    other: 'Other theme',
  } satisfies Record<TextTheme, string>,
  groups: {
    African: 'African States',
    'Asia-Pacific': 'Asia-Pacific States',
    EEG: 'Eastern European States',
    GRULAC: 'Latin American and Caribbean States',
    WEOG: 'Western European and other States',
    none: 'No regional group',
  } as Record<string, string>,
  /** the groups where space is short (chart labels) */
  groupsShort: {
    African: 'African',
    'Asia-Pacific': 'Asia-Pacific',
    EEG: 'Eastern European',
    GRULAC: 'Latin America & Caribbean',
    WEOG: 'Western & other',
    none: 'No group',
  } as Record<string, string>,

  // filters
  bodyLabel: 'Body',
  anyBody: 'All bodies',
  kindLabel: 'Kind',
  anyKind: 'All kinds',
  scopeLabel: 'Scope',
  scopeAll: 'All texts',
  scopeCountry: 'Country-specific',
  scopeThematic: 'Thematic',
  targetLabel: 'Target country',
  anyTarget: 'Any country',
  themeLabel: 'Theme',
  anyTheme: 'Any theme',
  recordedOnly: 'Recorded votes only',
  searchLabel: 'Words of the title or symbol',
  countrySpecificOnly: 'Country-specific texts only',

  // list of texts
  textsTitle: 'Human Rights Council votes',
  textsIntro:
    'Texts put to the Human Rights Council, the Commission on Human Rights before it and the General Assembly, newest first. A recorded vote lists how every member voted; each text links to its page with the roll-call.',
  textsTotal: (n: string) => plural(n, 'text', 'texts'),
  textsCaption: 'Texts voted on, newest first, with the totals the source prints',
  noTexts: 'No text matches these filters.',
  colDate: 'Date',
  colSymbol: 'Symbol',
  colTitle: 'Title',
  colKind: 'Kind',
  colOutcome: 'Outcome',
  colCounts: 'Yes–No–Abstain',
  colLabels: 'Target / theme',
  countsShort: (yes: string, no: string, abstain: string) => `${yes}–${no}–${abstain}`,
  countsLong: (yes: string, no: string, abstain: string) =>
    `${yes} in favour, ${no} against, ${abstain} abstaining`,
  /** abstentions the source does not state (a press release): unknown, never 0 */
  abstainNotStated: 'not stated',
  abstainNotStatedShort: '?',
  countsLongNoAbstain: (yes: string, no: string) =>
    `${yes} in favour, ${no} against, abstentions not stated`,
  noVoteTaken: 'without a vote',
  seeAlso: 'See also:',

  // one text
  textTitleFallback: 'Voting text',
  backToTexts: '← Texts voted on',
  factDate: 'Date',
  factBody: 'Body',
  factSession: 'Session',
  factAgenda: 'Agenda item',
  factKind: 'Kind',
  factOutcome: 'Outcome',
  factDraft: 'Draft',
  factAmends: 'Amends the draft',
  factSponsors: 'Main sponsors',
  factVoteType: 'How it was decided',
  targetsTitle: 'Country-specific: target',
  themesTitle: 'Themes',
  labelRule: (rule: string) => `${rule}, matched:`,
  /** why a text got its target or theme label (ruleId from src/sources/hrc-votes) */
  rules: {
    'title-state': 'the title names the state',
    'agenda-item-4':
      'agenda item 4 (situations that require the Council’s attention) and a state named in the title',
    'agenda-item-7':
      'agenda item 7 (Palestine and other occupied Arab territories) and a state named in the title',
    'agenda-item-10': 'agenda item 10 (technical assistance) and a state named in the title',
    'occupying-power': 'the state whose occupation or conduct the text scrutinises',
    'occupied-territory': 'the occupied territory the text is about',
    'sub-national': 'a region of the state',
    'occupation-item': 'the agenda item on the occupied Arab territories: Israel’s conduct',
    'agenda-subject': 'the catalogue’s subject names the state',
    title: 'the title',
    subject: 'the catalogue’s subject',
  } as Record<string, string>,
  countsTitle: 'Counts',
  countsCaption: 'Votes counted from the members’ ballots, beside the totals the source prints',
  colBallot: 'Vote',
  colFromBallots: 'From the ballots',
  colOfficial: 'As printed',
  countsAgree: 'The counts from the ballots agree with the printed totals.',
  countsDiffer:
    'The counts from the ballots differ from the printed totals (highlighted). Both are shown as found; the roll-call is listed below.',
  noOfficial: 'The source prints no totals for this text.',
  ballotsTitle: 'How each member voted',
  ballotsIntro: 'Members by regional group; each vote is written out, not only coloured.',
  noBallots:
    'No roll-call is stored for this text: it was adopted without a vote, or the source gives only totals.',
  groupSummary: (yes: string, no: string, abstain: string, absent: string) =>
    `${yes} yes · ${no} no · ${abstain} abstain · ${absent} absent`,
  ballotOf: (state: string, vote: string) => `${state}: ${vote}`,
  amendmentsTitle: 'Amendments to this text',
  noAmendments: 'No recorded vote on an amendment to this text is stored.',
  amendsText: 'This amendment would have changed',
  othersTitle: 'Other records of this vote',
  othersIntro:
    'The same symbol in another catalogue entry, or a press release’s account of the vote.',
  sourceTitle: 'Source',
  recordLink: 'Record in the UN catalogue',
  downloadBallots: 'Download the ballots (CSV)',
  sourceKinds: {
    ohchr: 'OHCHR voting collection',
    unvotes: 'UN General Assembly roll calls',
    press: 'Press release',
  } as Record<string, string>,

  // a state's record
  stateTitle: (state: string) => `Voting record: ${state}`,
  stateIntro: (state: string) =>
    `How ${state} voted on the texts put to a recorded vote while it was a member, by year and by the country a text is about.`,
  stateTotals: (n: string, yes: string, no: string, abstain: string, absent: string) =>
    `${plural(n, 'recorded vote', 'recorded votes')}: ${yes} yes, ${no} no, ${abstain} abstentions, ${absent} absent`,
  /** the record's votes split into texts and amendments, so the numbers add up */
  stateTotalsSplit: (
    n: string,
    texts: string,
    onTexts: string,
    amendments: string,
    onAmendments: string,
  ) =>
    `${plural(n, 'recorded vote', 'recorded votes')}: ${texts} on texts — ${onTexts}; ` +
    `${amendments} on amendments, counted apart — ${onAmendments}`,
  /** one side of stateTotalsSplit */
  splitCounts: (yes: string, no: string, abstain: string, absent: string) =>
    `${yes} yes, ${no} no, ${abstain} abstentions, ${absent} absent`,
  noRecord: 'No recorded vote by this state matches these filters.',
  heatmapTitle: 'By year and target country',
  heatmapIntro:
    'Each cell is the state’s votes on texts about one country in one year: the bar shows the shares of yes (green), no (red) and abstention (amber); the figure is the number of votes. Hover over a cell for the counts.',
  heatmapCaption: (state: string) =>
    `Votes of ${state} on country-specific texts, by target country (rows) and year (columns)`,
  heatmapCell: (state: string, target: string, year: string, counts: string) =>
    `${state} on ${target}, ${year}: ${counts}`,
  heatmapCounts: (yes: string, no: string, abstain: string, absent: string) =>
    `${yes} yes, ${no} no, ${abstain} abstain, ${absent} absent`,
  colTarget: 'Target',
  colVote: 'Vote',
  votesTitle: 'The votes',
  votesCaption: (state: string) => `Votes of ${state}, newest first`,
  bodiesTitle: 'Council and Assembly side by side',
  bodiesCaption: (state: string) => `Votes of ${state} in each body over the same years and texts`,
  colBody: 'Body',
  colTexts: 'Texts',
  alignmentOf: (state: string) => `Who votes with ${state}`,
  unknownState: (code: string) => `No state has the code ${code}.`,

  // alignment
  alignmentTitle: 'Who votes with whom',
  alignmentIntro:
    'Agreement between two states is the share of the recorded votes both cast in which they voted alike; an abstention against a yes or no counts half, absences are left out (the usual measure for UN votes).',
  stateLabel: 'State',
  chooseState: 'Choose a state',
  topLabel: 'Show',
  topOption: (n: string) => `top ${n}`,
  topAll: 'all',
  chooseStatePrompt: 'Choose a state to rank the others by how often they vote with it.',
  rankingTitle: (state: string) => `States that vote with ${state}`,
  rankingCaption: (state: string, range: string) =>
    `States by agreement with ${state}, ${range}, most alike first`,
  colRank: '#',
  colAgreement: 'Agreement',
  colCommon: 'Common votes',
  noAlignment: 'No state shares enough recorded votes with this one in these years.',
  amendmentsLabel: 'Count votes on amendments',
  minCommonLabel: 'Minimum common votes',
  minCommonDefault: (n: string) => `default (${n})`,
  minCommonDefaultRule: 'a tenth of the state’s votes',
  alignmentBasis: (
    state: string,
    votes: string,
    amendments: boolean,
    min: string,
    byDefault: boolean,
    leftOut: string,
  ) =>
    `${state} cast ${plural(votes, 'recorded vote', 'recorded votes')} here, counting ${amendments ? 'texts and amendments' : 'the texts only (a yes to a hostile amendment is a vote against the text)'}. ` +
    `States with fewer than ${min} votes in common${byDefault ? ' (by default a tenth of those, at least 5)' : ''} are left out: ${leftOut}.`,
  agreementCounted: (amendments: boolean): string =>
    amendments
      ? 'Counted: votes on texts and on amendments.'
      : 'Counted: votes on texts only; amendments are left out.',
  matrixTitle: 'Agreement matrix',
  matrixIntro:
    'Every pair of states, grouped by regional group. Darker means closer; each cell’s title gives the common votes.',
  matrixCaption: (range: string) => `Agreement between every pair of states, ${range}`,
  matrixCell: (a: string, b: string, pct: string, n: string) =>
    `${a} and ${b}: ${pct} agreement over ${plural(n, 'vote', 'votes')}`,
  matrixLarge: (n: string) =>
    `The matrix for this period has ${n} states. Choose a shorter period, or show it anyway.`,
  showMatrix: 'Show the full matrix',
  noMatrix: 'No recorded vote in this period.',
  downloadMatrix: 'Download the matrix (CSV)',
  cohesionTitle: 'Cohesion of the regional groups',
  cohesionIntro:
    'Mean agreement: over every pair of members and every vote both cast. Agreement index (Hix, Noury & Roland): 1 when all members vote alike, 0 when split evenly three ways.',
  cohesionCaption: (range: string) => `How alike the members of each regional group vote, ${range}`,
  colGroup: 'Group',
  colMembers: 'Members voting',
  colMeanAgreement: 'Mean agreement',
  colAgreementIndex: 'Agreement index',
  colVotes: 'Votes',

  // amendments
  amendmentsPageTitle: 'Hostile amendments',
  amendmentsIntro:
    'Recorded votes on amendments, with the text each would have changed. An amendment counts as hostile when those who stood behind the text — its main sponsors, or else the states that voted for it — voted against the amendment.',
  hostileOnly: 'Hostile amendments only',
  amendmentsCaption: 'Amendments put to a recorded vote, oldest first',
  colAmendment: 'Amendment',
  colAmends: 'Would amend',
  colSponsors: 'Sponsors',
  colHostile: 'Hostile',
  hostileYes: 'Hostile',
  hostileNo: 'Not hostile',
  hostileUnknown: 'Cannot tell',
  hostileBasis: {
    'draft-sponsors-opposed': 'the text’s main sponsors voted against it',
    'text-supporters-opposed': 'the states that voted for the text voted against it',
    'rejected-then-text-adopted':
      'rejected by a recorded vote, after which the text was adopted without it',
    unknown: 'no sponsor or supporter vote to judge by',
  } as Record<string, string>,
  noAmendmentsListed: 'No recorded amendment matches.',
  supportersTitle: 'Who backs hostile amendments',
  supportersCaption:
    'States by yes votes on the hostile amendments listed, with those they sponsored',
  colYes: 'Yes',
  colNo: 'No',
  colAbstain: 'Abstain',
  colAbsent: 'Absent',
  colSponsored: 'Sponsored',

  // ideal points
  idealTitle: 'Positions by year',
  idealIntro:
    'A one-dimensional position for each state in each year, from its agreement with every other state (classical multidimensional scaling). Positions compare within a year, not across years; the sign is fixed so the mean of the Western group is positive, a convention with no value judgement.',
  idealYear: (year: string, explained: string) =>
    `${year} (the first dimension carries ${explained} of the variation)`,
  idealPlotLabel: (year: string, n: string) =>
    `Dot plot of the positions of ${plural(n, 'state', 'states')} in ${year}, regional groups in colour`,
  idealDot: (state: string, position: string, votes: string) =>
    `${state}: ${position} (${plural(votes, 'vote', 'votes')})`,
  idealCaption: (year: string) => `Positions in ${year}, lowest first`,
  colPosition: 'Position',
  noIdeal:
    'Too few votes in these years for an estimate (each state needs several votes in a year).',
  minVotesLabel: 'Votes a state needs in a year',
  idealLabelsNote:
    'Labelled (ISO codes): the two ends of each group and China, the United States, Russia, the United Kingdom, France, India, Brazil and South Africa; point at a dot for its name, or open the table below for every value.',
};

export type HrcMessages = typeof hrcEn;

export const hrcZh: HrcMessages = {
  title: '人权理事会表决',
  navLabel: '理事会表决',
  navTexts: '付诸表决的案文',
  navAlignment: '投票立场相近的国家',
  navAmendments: '敌意修正案',
  navIdealPoints: '逐年立场',

  bodies: { HRC: '人权理事会', CHR: '人权委员会', UNGA: '联合国大会' },
  bodiesShort: { HRC: '理事会', CHR: '人权委员会', UNGA: '大会' },
  kinds: {
    resolution: '决议',
    decision: '决定',
    amendment: '修正案',
    draft: '被否决的草案',
    motion: '动议',
    other: '其他',
  },
  outcomes: {
    adopted: '通过',
    rejected: '否决',
    withdrawn: '撤回',
    'not-considered': '未审议',
    unknown: '未说明',
  },
  themes: {
    'civil-society-space': '公民社会空间',
    reprisals: '报复／与联合国合作',
    'human-rights-defenders': '人权维护者',
    'mutually-beneficial-cooperation': '“互利合作”',
    development: '发展',
    'unilateral-coercive-measures': '单方面强制措施',
    'peaceful-protests': '和平抗议',
    'freedom-of-expression': '言论自由',
    other: '其他主题',
  },
  groups: {
    African: '非洲国家组',
    'Asia-Pacific': '亚太国家组',
    EEG: '东欧国家组',
    GRULAC: '拉丁美洲和加勒比国家组',
    WEOG: '西欧和其他国家组',
    none: '无区域组',
  },
  groupsShort: {
    African: '非洲',
    'Asia-Pacific': '亚太',
    EEG: '东欧',
    GRULAC: '拉美和加勒比',
    WEOG: '西欧和其他',
    none: '无区域组',
  },

  bodyLabel: '机构',
  anyBody: '全部机构',
  kindLabel: '类型',
  anyKind: '全部类型',
  scopeLabel: '范围',
  scopeAll: '全部案文',
  scopeCountry: '针对具体国家',
  scopeThematic: '专题',
  targetLabel: '所针对的国家',
  anyTarget: '任何国家',
  themeLabel: '主题',
  anyTheme: '任何主题',
  recordedOnly: '仅限记录表决',
  searchLabel: '标题或文号中的词',
  countrySpecificOnly: '仅限针对具体国家的案文',

  textsTitle: '人权理事会表决',
  textsIntro:
    '提交人权理事会、此前的人权委员会以及联合国大会的案文，按时间由近及远排列。记录表决列出每个成员的投票；每项案文都链接到其唱名表决页面。',
  textsTotal: (n) => `${n} 项案文`,
  textsCaption: '付诸表决的案文（由近及远），附来源所载的票数',
  noTexts: '没有符合这些筛选条件的案文。',
  colDate: '日期',
  colSymbol: '文号',
  colTitle: '标题',
  colKind: '类型',
  colOutcome: '结果',
  colCounts: '赞成–反对–弃权',
  colLabels: '针对国家／主题',
  countsShort: (yes, no, abstain) => `${yes}–${no}–${abstain}`,
  countsLong: (yes, no, abstain) => `${yes} 票赞成，${no} 票反对，${abstain} 票弃权`,
  abstainNotStated: '未说明',
  abstainNotStatedShort: '?',
  countsLongNoAbstain: (yes, no) => `${yes} 票赞成，${no} 票反对，弃权票数未说明`,
  noVoteTaken: '未经表决',
  seeAlso: '另见：',

  textTitleFallback: '表决案文',
  backToTexts: '← 付诸表决的案文',
  factDate: '日期',
  factBody: '机构',
  factSession: '届会',
  factAgenda: '议程项目',
  factKind: '类型',
  factOutcome: '结果',
  factDraft: '草案',
  factAmends: '所修正的草案',
  factSponsors: '主要提案国',
  factVoteType: '决定方式',
  targetsTitle: '针对具体国家：对象',
  themesTitle: '主题',
  labelRule: (rule) => `${rule}，匹配：`,
  rules: {
    'title-state': '标题点名该国',
    'agenda-item-4': '议程项目 4（需要理事会关注的人权状况），标题中点名该国',
    'agenda-item-7': '议程项目 7（巴勒斯坦和其他被占领阿拉伯领土），标题中点名该国',
    'agenda-item-10': '议程项目 10（技术援助），标题中点名该国',
    'occupying-power': '案文审查其占领或行为的国家',
    'occupied-territory': '案文所涉的被占领土',
    'sub-national': '该国的一个地区',
    'occupation-item': '被占领阿拉伯领土议程项目：以色列的行为',
    'agenda-subject': '目录主题词点名该国',
    title: '标题',
    subject: '目录主题词',
  },
  countsTitle: '票数',
  countsCaption: '根据各成员投票统计的票数，与来源所载的总数并列',
  colBallot: '投票',
  colFromBallots: '根据各成员投票',
  colOfficial: '来源所载',
  countsAgree: '根据各成员投票统计的票数与来源所载总数一致。',
  countsDiffer:
    '根据各成员投票统计的票数与来源所载总数不一致（已突出显示）。两者均按原样列出；唱名表决见下文。',
  noOfficial: '来源未载明此案文的票数。',
  ballotsTitle: '各成员的投票',
  ballotsIntro: '按区域组列出成员；每一票均以文字写明，而不仅以颜色表示。',
  noBallots: '未存储此案文的唱名表决：案文未经表决获得通过，或来源仅载有总数。',
  groupSummary: (yes, no, abstain, absent) =>
    `赞成 ${yes} · 反对 ${no} · 弃权 ${abstain} · 缺席 ${absent}`,
  ballotOf: (state, vote) => `${state}：${vote}`,
  amendmentsTitle: '对此案文的修正案',
  noAmendments: '未存储对此案文修正案的记录表决。',
  amendsText: '此修正案本将修改',
  othersTitle: '此次表决的其他记录',
  othersIntro: '另一目录条目中的同一文号，或新闻稿对此次表决的记述。',
  sourceTitle: '来源',
  recordLink: '联合国目录中的记录',
  downloadBallots: '下载各成员投票（CSV）',
  sourceKinds: {
    ohchr: '人权高专办表决汇编',
    unvotes: '联合国大会唱名表决',
    press: '新闻稿',
  },

  stateTitle: (state) => `投票记录：${state}`,
  stateIntro: (state) =>
    `${state}在担任成员期间对付诸记录表决的案文如何投票，按年份及案文所涉国家列出。`,
  stateTotals: (n, yes, no, abstain, absent) =>
    `${n} 次记录表决：赞成 ${yes}，反对 ${no}，弃权 ${abstain}，缺席 ${absent}`,
  stateTotalsSplit: (n, texts, onTexts, amendments, onAmendments) =>
    `${n} 次记录表决：其中对案文 ${texts} 次——${onTexts}；对修正案 ${amendments} 次，另行统计——${onAmendments}`,
  splitCounts: (yes, no, abstain, absent) =>
    `赞成 ${yes}，反对 ${no}，弃权 ${abstain}，缺席 ${absent}`,
  noRecord: '此国家没有符合这些筛选条件的记录表决。',
  heatmapTitle: '按年份和所针对国家',
  heatmapIntro:
    '每个单元格是该国在某一年对涉及某一国家的案文的投票：色条显示赞成（绿）、反对（红）和弃权（琥珀色）的比例；数字为投票次数。将鼠标悬停于单元格可查看票数。',
  heatmapCaption: (state) => `${state}对针对具体国家的案文的投票，按所针对国家（行）和年份（列）`,
  heatmapCell: (state, target, year, counts) => `${state}就${target}（${year} 年）：${counts}`,
  heatmapCounts: (yes, no, abstain, absent) =>
    `赞成 ${yes}，反对 ${no}，弃权 ${abstain}，缺席 ${absent}`,
  colTarget: '所针对国家',
  colVote: '投票',
  votesTitle: '各次投票',
  votesCaption: (state) => `${state}的投票（由近及远）`,
  bodiesTitle: '理事会与大会对照',
  bodiesCaption: (state) => `${state}在各机构中同一时期、同类案文上的投票`,
  colBody: '机构',
  colTexts: '案文数',
  alignmentOf: (state) => `与${state}投票相近的国家`,
  unknownState: (code) => `没有代码为 ${code} 的国家。`,

  alignmentTitle: '投票立场相近的国家',
  alignmentIntro:
    '两国的一致程度是指在两国都投了票的记录表决中投票相同的比例；一方弃权而另一方赞成或反对计为一半，缺席不计（联合国表决研究的通行算法）。',
  stateLabel: '国家',
  chooseState: '选择国家',
  topLabel: '显示',
  topOption: (n) => `前 ${n} 名`,
  topAll: '全部',
  chooseStatePrompt: '选择一个国家，按与其投票一致的频率对其他国家排序。',
  rankingTitle: (state) => `与${state}投票相近的国家`,
  rankingCaption: (state, range) => `各国与${state}的一致程度（${range}），由高到低`,
  colRank: '#',
  colAgreement: '一致程度',
  colCommon: '共同表决',
  noAlignment: '在这些年份中，没有国家与此国家有足够多的共同记录表决。',
  amendmentsLabel: '计入对修正案的表决',
  minCommonLabel: '最少共同表决次数',
  minCommonDefault: (n) => `默认（${n}）`,
  minCommonDefaultRule: '该国表决次数的十分之一',
  alignmentBasis: (state, votes, amendments, min, byDefault, leftOut) =>
    `${state}在此期间共参加 ${votes} 次记录表决，${amendments ? '计入案文和修正案' : '只计案文（对敌意修正案投赞成票即反对该案文）'}。` +
    `共同表决少于 ${min} 次的国家${byDefault ? '（默认：上述次数的十分之一，至少 5 次）' : ''}不列出：${leftOut} 个。`,
  agreementCounted: (amendments) =>
    amendments ? '计入：对案文和修正案的表决。' : '计入：只计对案文的表决，不计修正案。',
  matrixTitle: '一致程度矩阵',
  matrixIntro:
    '每两国之间的一致程度，按区域组排列。颜色越深表示越接近；每个单元格的提示给出共同表决次数。',
  matrixCaption: (range) => `每两国之间的一致程度（${range}）`,
  matrixCell: (a, b, pct, n) => `${a}与${b}：在 ${n} 次表决中一致程度为 ${pct}`,
  matrixLarge: (n) => `此期间的矩阵包含 ${n} 个国家。请选择较短的期间，或仍然显示。`,
  showMatrix: '显示完整矩阵',
  noMatrix: '此期间没有记录表决。',
  downloadMatrix: '下载矩阵（CSV）',
  cohesionTitle: '各区域组的凝聚度',
  cohesionIntro:
    '平均一致程度：按每两个成员及两者都投了票的每次表决计算。一致指数（希克斯、努里和罗兰）：所有成员投票相同时为 1，三种投票平均分布时为 0。',
  cohesionCaption: (range) => `各区域组成员投票的一致程度（${range}）`,
  colGroup: '区域组',
  colMembers: '参加投票的成员',
  colMeanAgreement: '平均一致程度',
  colAgreementIndex: '一致指数',
  colVotes: '表决次数',

  amendmentsPageTitle: '敌意修正案',
  amendmentsIntro:
    '对修正案的记录表决，以及每项修正案本将修改的案文。如果支持该案文的国家（其主要提案国，或投票赞成该案文的国家）投票反对修正案，该修正案即被视为敌意修正案。',
  hostileOnly: '仅限敌意修正案',
  amendmentsCaption: '付诸记录表决的修正案（由远及近）',
  colAmendment: '修正案',
  colAmends: '所修正的案文',
  colSponsors: '提案国',
  colHostile: '敌意',
  hostileYes: '敌意',
  hostileNo: '非敌意',
  hostileUnknown: '无法判断',
  hostileBasis: {
    'draft-sponsors-opposed': '案文的主要提案国投票反对',
    'text-supporters-opposed': '投票赞成案文的国家投票反对',
    'rejected-then-text-adopted': '经记录表决被否决，随后案文在没有该修正案的情况下获得通过',
    unknown: '没有可供判断的提案国或支持国投票',
  },
  noAmendmentsListed: '没有符合条件的记录表决修正案。',
  supportersTitle: '支持敌意修正案的国家',
  supportersCaption: '各国对所列敌意修正案的赞成票数，以及其提出的修正案数',
  colYes: '赞成',
  colNo: '反对',
  colAbstain: '弃权',
  colAbsent: '缺席',
  colSponsored: '提出',

  idealTitle: '逐年立场',
  idealIntro:
    '根据每个国家与其他所有国家的一致程度，估计其每年在一个维度上的位置（经典多维尺度分析）。位置只能在同一年内比较，不能跨年比较；符号的设定使西方国家组的平均值为正，此约定不含价值判断。',
  idealYear: (year, explained) => `${year} 年（第一维度解释了 ${explained} 的差异）`,
  idealPlotLabel: (year, n) => `${year} 年 ${n} 个国家位置的点图，以颜色区分区域组`,
  idealDot: (state, position, votes) => `${state}：${position}（${votes} 次表决）`,
  idealCaption: (year) => `${year} 年的位置，由低到高`,
  colPosition: '位置',
  noIdeal: '这些年份的表决太少，无法估计（每个国家每年需要多次表决）。',
  minVotesLabel: '每个国家每年所需的表决次数',
  idealLabelsNote:
    '点上标出各组两端的国家及中国、美国、俄罗斯、英国、法国、印度、巴西、南非（ISO 代码）；将指针移到点上可看到国家名称，下方表格列出全部数值。',
};
