import type { LocalText, ReportLang } from '../types.js';

/*
 * The Council participation section's words, English and Chinese typed alike (`zh` has every key
 * of `en` with the same parameters), kept beside the section as hrc-votes-i18n.ts is. Figures come
 * in already formatted; organisation names and UN symbols stay as printed.
 */

/** The classifications the section counts (the registry's labels that rest on evidence). */
export type CountedClassification = 'gongo' | 'state-linked' | 'independent';
export const COUNTED_CLASSIFICATIONS: readonly CountedClassification[] = [
  'gongo',
  'state-linked',
  'independent',
];

const en = {
  title: 'Who speaks at the Human Rights Council',
  noData: (year: number) =>
    `No Council speaker list, meeting record or point of order is stored for ${year}.`,
  intro:
    'NGO speaking slots at the Human Rights Council and the points of order States raise against NGO speakers, read from meeting summaries, session reports and transcripts. A slot is one NGO statement in one debate, however many documents tell it. An organisation counts as linked to a State only when the registry classifies it as GONGO or state-linked, gives that State as its country, and holds the evidence the label rests on.',
  classifications: {
    gongo: 'GONGO (government-organised NGO)',
    'state-linked': 'state-linked',
    independent: 'independent',
    unknown: 'unclassified',
  } as Record<CountedClassification | 'unknown', string>,
  linkedSlotsLabel: 'NGO slots taken by organisations linked to the State',
  linkedSlotsText: (state: string, n: string, total: string, year: number) =>
    `In ${year}, organisations linked to ${state} took ${n} of the ${total} NGO speaking slots of the Council’s sessions.`,
  totalSlotsLabel: 'NGO speaking slots in the year’s sessions',
  totalSlotsText: (n: string, year: number) =>
    `The Council’s sessions of ${year} gave NGOs ${n} speaking slots (named and counted).`,
  linkedShareLabel: 'Share of NGO slots taken by organisations linked to the State',
  linkedShareText: (state: string, share: string, year: number) =>
    `Organisations linked to ${state} held ${share} of all NGO slots in ${year}.`,
  linkedShareNone: (year: number) => `No NGO slot is stored for ${year}: no share to compute.`,
  pooYearLabel: 'Points of order raised against NGO speakers',
  pooYearText: (state: string, n: string, year: number) =>
    `${state} raised ${n} points of order against NGO speakers in ${year}.`,
  pooToDateLabel: 'Points of order raised against NGO speakers, to date',
  pooToDateText: (state: string, n: string, year: number) =>
    `Through ${year}, ${state} raised ${n} points of order against NGO speakers in the stored records.`,
  clustersLinkedLabel: 'Coordinated statements involving organisations linked to the State',
  clustersLinkedText: (state: string, n: string, all: string, year: number) =>
    `${n} of the ${all} clusters of near-duplicate NGO statements found in ${year} involve organisations linked to ${state}.`,
  adoptionNgoLabel: 'NGO speakers at the State’s UPR adoption',
  adoptionNgoText: (state: string, n: string, sessions: string, year: number) =>
    `${n} NGOs spoke when the Council adopted the outcome of ${state}’s review in ${year} (${sessions}).`,
  adoptionLinkedLabel: 'Of them, organisations linked to the State',
  adoptionLinkedText: (state: string, n: string, all: string) =>
    `${n} of those ${all} NGO speakers were organisations linked to ${state}; the others are independent or not classified.`,
  classSlotsLabel: (c: string) => `NGO slots of organisations classified ${c}`,
  classSlotsText: (c: string, n: string, total: string, year: number) =>
    `In ${year}, organisations classified ${c} took ${n} of the ${total} NGO slots.`,
  sessionTotalLabel: (session: string) => `NGO slots at ${session}`,
  sessionTotalText: (session: string, n: string, named: string, counted: string) =>
    `${session}: ${n} NGO slots, ${named} named and ${counted} counted without names.`,
  sessionClassLabel: (session: string, c: string) =>
    `NGO slots at ${session} of organisations classified ${c}`,
  sessionClassText: (session: string, c: string, n: string, total: string) =>
    `At ${session}, organisations classified ${c} took ${n} of ${total} NGO slots.`,
  pooTotalLabel: 'Points of order raised against NGO speakers (all States)',
  pooTotalText: (n: string, year: number) =>
    `States raised ${n} points of order against NGO speakers in ${year}.`,
  pooStateLabel: (state: string) => `Points of order raised by ${state}`,
  pooStateText: (state: string, n: string, year: number) =>
    `${state} raised ${n} points of order against NGO speakers in ${year}.`,
  clustersSessionLabel: (session: string) => `Clusters of coordinated statements at ${session}`,
  clustersSessionText: (session: string, n: string, statements: string) =>
    `At ${session}, ${n} clusters of near-duplicate statements by different NGOs among the ${statements} NGO statements stored with their words.`,
  linkedTable: (state: string) => `Organisations counted as linked to ${state}, and the evidence`,
  classTable: 'Organisations counted under a classification, and the evidence',
  pooTable: (year: number) => `Points of order raised in ${year}`,
  sessionsTable: (year: number) => `NGO slots per session in ${year}, by classification`,
  sessionsChart: (year: number) => `NGO slots per session in ${year}`,
  colOrganization: 'Organisation',
  colClassification: 'Classification',
  colCountry: 'Country',
  colEvidence: 'Evidence (indicator, source)',
  colSession: 'Session',
  colDate: 'Date',
  colRaisedBy: 'Raised by',
  colTarget: 'Against',
  colOutcome: 'Outcome',
  colSource: 'Source',
  colTotal: 'All slots',
  notNamed: 'not named',
  sourceLine: (source: string, line: number) => `${source}, line ${line}`,
  indicators: {
    'state-funding': 'Funding from the State or ruling party',
    'leaders-state-posts': 'Leaders hold State or party posts',
    'state-founded-or-supervised': 'Founded or supervised by a State organ',
    'shared-address-or-staff': 'Shares an address or staff with a State organ',
    'named-by-investigation': 'Named by a published investigation',
  } as Record<string, string>,
  outcomes: {
    'speaker-continued': 'the speaker continued',
    rejected: 'rejected',
    upheld: 'upheld',
    interrupted: 'speaker interrupted',
    unknown: 'not stated',
  } as Record<string, string>,
  newPointOfOrder: (state: string, target: string, session: string, outcome: string) =>
    `Point of order by ${state} against ${target} at ${session} (${outcome}).`,
  method: [
    'Council participation: speaker lists and counts from meeting summaries and session reports, turns from transcripts, points of order from these and from prose; the same statement or point of order told by several documents counts once. The real corpus holds few such records (docs/hrc-participation-coverage.md).',
    'A classification counts only with the evidence it rests on (the registry’s indicators and sources, listed in the tables); an organisation without it counts as unclassified.',
  ],
};

export type ParticipationMessages = typeof en;

const zh: ParticipationMessages = {
  title: '谁在人权理事会发言',
  noData: (year) => `未存有 ${year} 年理事会的发言名单、会议记录或程序问题。`,
  intro:
    '人权理事会上非政府组织的发言机会，以及各国针对非政府组织发言者提出的程序问题，取自会议摘要、届会报告和会议记录。一个发言机会指一个非政府组织在一场辩论中的一次发言，无论有几份文件记载。只有登记册将某组织归类为 GONGO 或与国家有关联、登记的国家为该国、并存有该标签所依据的证据时，才算作与该国关联的组织。',
  classifications: {
    gongo: 'GONGO（政府组织的非政府组织）',
    'state-linked': '与国家有关联',
    independent: '独立',
    unknown: '未分类',
  },
  linkedSlotsLabel: '与该国关联的组织所占的非政府组织发言机会',
  linkedSlotsText: (state, n, total, year) =>
    `${year} 年，在理事会各届会议的 ${total} 个非政府组织发言机会中，与${state}关联的组织占了 ${n} 个。`,
  totalSlotsLabel: '当年各届会议的非政府组织发言机会',
  totalSlotsText: (n, year) =>
    `${year} 年理事会各届会议共给予非政府组织 ${n} 个发言机会（含列名和仅计数者）。`,
  linkedShareLabel: '与该国关联的组织所占发言机会的比例',
  linkedShareText: (state, share, year) =>
    `${year} 年，与${state}关联的组织占全部非政府组织发言机会的 ${share}。`,
  linkedShareNone: (year) => `未存有 ${year} 年的非政府组织发言机会，无法计算比例。`,
  pooYearLabel: '针对非政府组织发言者提出的程序问题',
  pooYearText: (state, n, year) =>
    `${year} 年，${state}针对非政府组织发言者提出了 ${n} 个程序问题。`,
  pooToDateLabel: '历年针对非政府组织发言者提出的程序问题',
  pooToDateText: (state, n, year) =>
    `截至 ${year} 年，已存记录中${state}针对非政府组织发言者共提出了 ${n} 个程序问题。`,
  clustersLinkedLabel: '涉及与该国关联组织的协同发言',
  clustersLinkedText: (state, n, all, year) =>
    `${year} 年发现的 ${all} 组近似重复的非政府组织发言中，有 ${n} 组涉及与${state}关联的组织。`,
  adoptionNgoLabel: '该国普遍定期审议结果通过时发言的非政府组织',
  adoptionNgoText: (state, n, sessions, year) =>
    `${year} 年理事会通过${state}审议结果时，有 ${n} 个非政府组织发言（${sessions}）。`,
  adoptionLinkedLabel: '其中与该国关联的组织',
  adoptionLinkedText: (state, n, all) =>
    `这 ${all} 个非政府组织发言者中，有 ${n} 个是与${state}关联的组织；其余为独立组织或未分类。`,
  classSlotsLabel: (c) => `归类为${c}的组织所占的非政府组织发言机会`,
  classSlotsText: (c, n, total, year) =>
    `${year} 年，在 ${total} 个非政府组织发言机会中，归类为${c}的组织占了 ${n} 个。`,
  sessionTotalLabel: (session) => `${session} 的非政府组织发言机会`,
  sessionTotalText: (session, n, named, counted) =>
    `${session}：${n} 个非政府组织发言机会，其中列名 ${named} 个，仅计数 ${counted} 个。`,
  sessionClassLabel: (session, c) => `${session} 上归类为${c}的组织所占的发言机会`,
  sessionClassText: (session, c, n, total) =>
    `${session} 上，在 ${total} 个非政府组织发言机会中，归类为${c}的组织占了 ${n} 个。`,
  pooTotalLabel: '针对非政府组织发言者提出的程序问题（所有国家）',
  pooTotalText: (n, year) => `${year} 年，各国针对非政府组织发言者共提出了 ${n} 个程序问题。`,
  pooStateLabel: (state) => `${state}提出的程序问题`,
  pooStateText: (state, n, year) =>
    `${year} 年，${state}针对非政府组织发言者提出了 ${n} 个程序问题。`,
  clustersSessionLabel: (session) => `${session} 的协同发言组`,
  clustersSessionText: (session, n, statements) =>
    `${session} 上，在存有全文的 ${statements} 篇非政府组织发言中，有 ${n} 组由不同组织所作的近似重复发言。`,
  linkedTable: (state) => `算作与${state}关联的组织及其证据`,
  classTable: '按分类计算的组织及其证据',
  pooTable: (year) => `${year} 年提出的程序问题`,
  sessionsTable: (year) => `${year} 年各届会议按分类的非政府组织发言机会`,
  sessionsChart: (year) => `${year} 年各届会议的非政府组织发言机会`,
  colOrganization: '组织',
  colClassification: '分类',
  colCountry: '国家',
  colEvidence: '证据（指标、来源）',
  colSession: '届会',
  colDate: '日期',
  colRaisedBy: '提出国',
  colTarget: '针对',
  colOutcome: '结果',
  colSource: '出处',
  colTotal: '全部发言机会',
  notNamed: '未具名',
  sourceLine: (source, line) => `${source}，第 ${line} 行`,
  indicators: {
    'state-funding': '资金来自国家或执政党',
    'leaders-state-posts': '领导人担任国家或党内职务',
    'state-founded-or-supervised': '由国家机关创立或监管',
    'shared-address-or-staff': '与国家机关共用地址或人员',
    'named-by-investigation': '被已发表的调查点名',
  },
  outcomes: {
    'speaker-continued': '发言者继续发言',
    rejected: '被驳回',
    upheld: '获支持',
    interrupted: '发言者被打断',
    unknown: '未说明',
  },
  newPointOfOrder: (state, target, session, outcome) =>
    `${state}在 ${session} 针对${target}提出程序问题（${outcome}）。`,
  method: [
    '理事会发言：发言名单和人数取自会议摘要和届会报告，发言轮次取自会议记录，程序问题取自上述文件及叙述性文本；几份文件记载的同一发言或程序问题只计一次。真实语料中此类记录很少（docs/hrc-participation-coverage.md）。',
    '分类只有在存有其所依据的证据（登记册的指标和来源，列于表中）时才计入；没有证据的组织计为未分类。',
  ],
};

export const PARTICIPATION_MESSAGES: Record<ReportLang, ParticipationMessages> = { en, zh };

/** One text in both languages from the same message. */
export function partBoth(pick: (m: ParticipationMessages, lang: ReportLang) => string): LocalText {
  return { en: pick(en, 'en'), zh: pick(zh, 'zh') };
}
