import type { LocalText, ReportLang } from '../types.js';

/*
 * The Council votes section's words, English and Chinese typed alike (`zh` has every key of `en`
 * with the same parameters). Kept beside the section, as the web app keeps a module's text in its
 * own file, so the section can change its sentences without touching the report's shared ones.
 * Figures come in already formatted.
 */

/** The texts whose hostile amendments the section counts (TextTheme labels of the votes module). */
export type HostileTheme = 'civil-society-space' | 'reprisals';

const THEMES_EN: Record<HostileTheme, string> = {
  'civil-society-space': 'civil society space',
  reprisals: 'cooperation with the UN and reprisals',
};

export const HOSTILE_THEMES = Object.keys(THEMES_EN) as HostileTheme[];

const en = {
  title: 'Human Rights Council votes',
  noData: (year: number) => `No recorded Human Rights Council vote is stored for ${year}.`,
  intro:
    'Recorded votes of the Human Rights Council from the OHCHR voting collection. A country-specific text is one whose title or body names a State as its subject; an amendment is hostile when the main sponsors of the text it would change (or, without them, the States that voted for that text) voted mostly against it.',
  notMember: (state: string, year: number) =>
    `${state} cast no ballot in the Council in ${year} (it was not a member): its own votes are not counted for that year.`,
  themes: THEMES_EN,
  countryCastLabel: 'Country-specific texts voted on',
  countryCastText: (
    state: string,
    n: string,
    yes: string,
    no: string,
    abstain: string,
    year: number,
  ) =>
    `In ${year}, ${state} cast a ballot on ${n} country-specific texts put to a recorded vote: ${yes} in favour, ${no} against, ${abstain} abstentions.`,
  countryNoLabel: 'Votes against country-specific texts',
  countryNoText: (state: string, n: string, year: number) =>
    `${state} voted against ${n} country-specific texts in ${year}.`,
  countryYesLabel: 'Votes for country-specific texts',
  countryYesText: (state: string, n: string, year: number) =>
    `${state} voted for ${n} country-specific texts in ${year}.`,
  alignmentLabel: 'Agreement with its closest partner',
  alignmentText: (state: string, partner: string, share: string, votes: string, year: number) =>
    `In ${year}, ${state} voted most like ${partner}: ${share} agreement over the ${votes} recorded votes both cast (same vote 1, one abstaining ½, opposite 0).`,
  alignmentNone: (state: string, year: number) =>
    `No State shared enough recorded votes with ${state} in ${year} to rank its alignment.`,
  hostileLabel: (theme: string) => `Votes for hostile amendments on ${theme}`,
  hostileText: (
    state: string,
    yes: string,
    total: string,
    theme: string,
    no: string,
    sponsored: string,
    year: number,
  ) =>
    `In ${year}, ${state} voted for ${yes} of the ${total} hostile amendments to texts on ${theme} put to a recorded vote, against ${no}, and sponsored ${sponsored}.`,
  hostileNotMember: (
    state: string,
    total: string,
    theme: string,
    sponsored: string,
    year: number,
  ) =>
    `${total} hostile amendments to texts on ${theme} were put to a recorded vote in ${year}; ${state} was not a member and cast no ballot on them. It sponsored ${sponsored}.`,
  hostileTotalLabel: (theme: string) => `Hostile amendments on ${theme}`,
  hostileTotalText: (total: string, theme: string, year: number) =>
    `${total} hostile amendments to texts on ${theme} were put to a recorded vote in ${year}.`,
  hostileToDateLabel: (theme: string) => `Votes for hostile amendments on ${theme}, to date`,
  hostileToDateText: (state: string, yes: string, total: string, theme: string, year: number) =>
    `Through ${year}, ${state} voted for ${yes} of the ${total} hostile amendments to texts on ${theme} the Council has put to a recorded vote.`,
  topSupporterText: (state: string, yes: string, total: string, theme: string, year: number) =>
    `${state} voted for the most hostile amendments on ${theme} in ${year}: ${yes} of ${total}.`,
  countryTable: (year: number) => `Country-specific texts voted on in ${year}`,
  amendmentTable: (year: number) => `Hostile amendments put to a vote in ${year}`,
  alignmentTable: (year: number) => `Closest and furthest voting partners in ${year}`,
  colSymbol: 'Symbol',
  colTitle: 'Title',
  colTarget: 'Country',
  colVote: 'Vote',
  colTheme: 'Theme',
  colAmends: 'Amends',
  colOutcome: 'Outcome',
  colState: 'State',
  colAgreement: 'Agreement',
  colVotes: 'Common votes',
  votes: { yes: 'yes', no: 'no', abstain: 'abstain', absent: 'absent', none: '—' },
  outcomes: { adopted: 'adopted', rejected: 'rejected', other: 'other' },
  newAmendment: (symbol: string, theme: string, outcome: string, vote: string) =>
    `Hostile amendment ${symbol} on ${theme} (${outcome}); vote of the State: ${vote}.`,
  newAmendmentAll: (symbol: string, theme: string, outcome: string) =>
    `Hostile amendment ${symbol} on ${theme} (${outcome}).`,
  method: [
    'Council votes: the OHCHR voting collection (one row per text, one per State ballot); a text counts once, after duplicates from press releases are set aside. Votes on amendments are counted apart from votes on texts.',
    'Alignment ranks only States that shared at least a tenth of the State’s own recorded votes in the year (at least 5).',
  ],
};

export type HrcVotesMessages = typeof en;

const zh: HrcVotesMessages = {
  title: '人权理事会表决',
  noData: (year) => `未存有 ${year} 年人权理事会的任何记录表决。`,
  intro:
    '人权理事会的记录表决，来自联合国人权高专办的表决汇编。国别案文指标题或正文以某一国家为对象的案文；如一项修正案所修正案文的主要提案国（无提案国表决时，为投票赞成该案文的国家）多数投票反对，则视为敌意修正案。',
  notMember: (state, year) =>
    `${state}在 ${year} 年未在理事会投票（当年不是成员国），该年不计其本国表决。`,
  themes: {
    'civil-society-space': '公民社会空间',
    reprisals: '与联合国合作及报复',
  },
  countryCastLabel: '参与表决的国别案文',
  countryCastText: (state, n, yes, no, abstain, year) =>
    `${year} 年，${state}就 ${n} 项付诸记录表决的国别案文投票：赞成 ${yes} 项，反对 ${no} 项，弃权 ${abstain} 项。`,
  countryNoLabel: '反对国别案文的票数',
  countryNoText: (state, n, year) => `${year} 年，${state}对 ${n} 项国别案文投了反对票。`,
  countryYesLabel: '赞成国别案文的票数',
  countryYesText: (state, n, year) => `${year} 年，${state}对 ${n} 项国别案文投了赞成票。`,
  alignmentLabel: '与最接近伙伴的一致度',
  alignmentText: (state, partner, share, votes, year) =>
    `${year} 年，${state}的投票与${partner}最为一致：在双方均参与的 ${votes} 次记录表决中一致度为 ${share}（相同计 1，一方弃权计 ½，相反计 0）。`,
  alignmentNone: (state, year) =>
    `${year} 年没有国家与${state}共同参与足够多的记录表决，无法排列一致度。`,
  hostileLabel: (theme) => `赞成关于${theme}的敌意修正案的票数`,
  hostileText: (state, yes, total, theme, no, sponsored, year) =>
    `${year} 年，在付诸记录表决的 ${total} 项针对${theme}案文的敌意修正案中，${state}赞成 ${yes} 项，反对 ${no} 项，并提出了 ${sponsored} 项。`,
  hostileNotMember: (state, total, theme, sponsored, year) =>
    `${year} 年共有 ${total} 项针对${theme}案文的敌意修正案付诸记录表决；${state}当年不是成员国，未参与表决。其提出了 ${sponsored} 项。`,
  hostileTotalLabel: (theme) => `关于${theme}的敌意修正案`,
  hostileTotalText: (total, theme, year) =>
    `${year} 年共有 ${total} 项针对${theme}案文的敌意修正案付诸记录表决。`,
  hostileToDateLabel: (theme) => `历年赞成关于${theme}的敌意修正案的票数`,
  hostileToDateText: (state, yes, total, theme, year) =>
    `截至 ${year} 年，在理事会付诸记录表决的 ${total} 项针对${theme}案文的敌意修正案中，${state}赞成了 ${yes} 项。`,
  topSupporterText: (state, yes, total, theme, year) =>
    `${year} 年赞成关于${theme}的敌意修正案最多的是${state}：${total} 项中的 ${yes} 项。`,
  countryTable: (year) => `${year} 年表决的国别案文`,
  amendmentTable: (year) => `${year} 年付诸表决的敌意修正案`,
  alignmentTable: (year) => `${year} 年投票最接近和最疏远的国家`,
  colSymbol: '文号',
  colTitle: '标题',
  colTarget: '国家',
  colVote: '表决',
  colTheme: '主题',
  colAmends: '所修正案文',
  colOutcome: '结果',
  colState: '国家',
  colAgreement: '一致度',
  colVotes: '共同表决次数',
  votes: { yes: '赞成', no: '反对', abstain: '弃权', absent: '缺席', none: '—' },
  outcomes: { adopted: '通过', rejected: '否决', other: '其他' },
  newAmendment: (symbol, theme, outcome, vote) =>
    `关于${theme}的敌意修正案 ${symbol}（${outcome}）；该国表决：${vote}。`,
  newAmendmentAll: (symbol, theme, outcome) => `关于${theme}的敌意修正案 ${symbol}（${outcome}）。`,
  method: [
    '理事会表决：联合国人权高专办表决汇编（每项案文一行，每个国家的每张票一行）；新闻稿中的重复记录不重复计算。修正案的表决与案文的表决分开计算。',
    '一致度排名只包括当年与该国共同参与的记录表决至少达到该国本身表决次数十分之一（且至少 5 次）的国家。',
  ],
};

export const HRC_VOTES_MESSAGES: Record<ReportLang, HrcVotesMessages> = { en, zh };

/** One text in both languages from the same message. */
export function hrcBoth(pick: (m: HrcVotesMessages, lang: ReportLang) => string): LocalText {
  return { en: pick(en, 'en'), zh: pick(zh, 'zh') };
}
