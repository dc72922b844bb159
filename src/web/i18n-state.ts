/**
 * The State profile page (/state/ISO3): its text in English and Chinese, typed alike (`zh` has
 * every key of `en` with the same parameters). Figures come in already formatted.
 */

/** "1 of 1 hostile amendment", "0 of 2 hostile amendments": the noun follows the total as formatted. */
const amendments = (total: string) => (total === '1' ? 'hostile amendment' : 'hostile amendments');

export const stateEn = {
  title: (state: string) => `${state} across the UN human rights mechanisms`,
  intro: (state: string, year: string) =>
    `The headline figures on ${state} for ${year} from each mechanism, side by side. Each figure links to the records behind it.`,
  year: 'Year',
  download: 'Download this year’s report',
  downloadEn: 'English (PDF)',
  downloadZh: '中文 (PDF)',
  downloadHtml: 'HTML',
  evidence: 'Evidence',
  contrastsTitle: 'At a glance',
  ngoTitle: 'ECOSOC Committee on NGOs',
  ngoYear: (n: string, share: string, total: string, year: string) =>
    `Asked ${n} questions of NGO applicants in ${year}: ${share} of the ${total} asked by all members.`,
  ngoFive: (n: string, share: string, span: string) =>
    `${n} questions in ${span}: ${share} of all.`,
  ngoRank: (rank: string) => `Rank among questioners: ${rank}.`,
  ngoNone: (year: string) => `Asked no question recorded in ${year}.`,
  hrcTitle: 'Human Rights Council votes',
  hrcCountry: (n: string, yes: string, no: string, abstain: string, year: string) =>
    `${year}: voted on ${n} country-specific texts (${yes} for, ${no} against, ${abstain} abstentions).`,
  hrcNotMember: (year: string) => `Not a Council member in ${year}: no ballot of its own.`,
  hrcClosest: (partner: string, share: string) =>
    `Voted most like ${partner} (${share} agreement).`,
  themes: {
    'civil-society-space': 'civil society space',
    reprisals: 'cooperation with the UN and reprisals',
  } as Record<string, string>,
  hrcHostileYear: (yes: string, total: string, theme: string, year: string) =>
    `${year}: voted for ${yes} of ${total} ${amendments(total)} on ${theme}.`,
  hrcHostileToDate: (yes: string, total: string, theme: string, year: string) =>
    `Through ${year}: voted for ${yes} of ${total} ${amendments(total)} on ${theme}.`,
  uprTitle: 'Universal Periodic Review',
  uprCycle: (cycle: string, accepted: string, noted: string, total: string) =>
    `Cycle ${cycle}: accepted ${accepted}, noted or rejected ${noted} of ${total} recommendations.`,
  uprNone: 'No UPR recommendations to this State are stored.',
  reprisalsTitle: 'Reprisals (public figures)',
  fewerThan: (n: string) => `fewer than ${n}`,
  reprisalsTotal: (n: string) => `Cases in the Secretary-General’s reports: ${n}.`,
  reprisalsYear: (n: string, followed: string, year: string) =>
    `${year}: first reported ${n}, followed up ${followed}.`,
  contrastHostile: (yes: string, total: string, year: string) =>
    `voted for ${yes} of ${total} ${amendments(total)} to civil society texts (through ${year})`,
  contrastQuestions: (share: string, span: string) =>
    `asked ${share} of the NGO Committee’s questions in ${span}`,
  contrastUpr: (accepted: string, cycle: string) =>
    `accepted ${accepted} of its UPR recommendations in cycle ${cycle}`,
  contrastLead: (state: string) => `${state}:`,
  contrastParticipation: (share: string, year: string) =>
    `organisations linked to it took ${share} of the Council’s NGO speaking slots in ${year}`,
  partTitle: 'Who speaks at the Human Rights Council',
  partSlots: (n: string, total: string, share: string, year: string) =>
    `${year}: organisations linked to this State took ${n} of ${total} NGO speaking slots (${share}).`,
  partNoSlots: (year: string) => `${year}: no NGO speaking slot is stored.`,
  partLinked: 'Counted as linked, on this evidence:',
  partPointsYear: (n: string, year: string) =>
    `${year}: raised ${n} points of order against NGO speakers.`,
  partPointsToDate: (n: string, year: string) => `Through ${year}: ${n} points of order.`,
  partSlotsLink: 'Speaking slots',
  partPointsLink: 'Points of order',
};

export type StateMessages = typeof stateEn;

export const stateZh: StateMessages = {
  title: (state) => `${state}在联合国人权机制中的记录`,
  intro: (state, year) =>
    `${state} ${year} 年在各机制中的主要数字并列显示。每个数字都链接到其所依据的记录。`,
  year: '年份',
  download: '下载本年度报告',
  downloadEn: 'English (PDF)',
  downloadZh: '中文 (PDF)',
  downloadHtml: '网页版 (HTML)',
  evidence: '证据',
  contrastsTitle: '要点',
  ngoTitle: '经社理事会非政府组织委员会',
  ngoYear: (n, share, total, year) =>
    `${year} 年向申请的非政府组织提出 ${n} 个问题，占全体成员所提 ${total} 个问题的 ${share}。`,
  ngoFive: (n, share, span) => `${span}共 ${n} 个问题，占全部的 ${share}。`,
  ngoRank: (rank) => `提问国排名：第 ${rank} 位。`,
  ngoNone: (year) => `${year} 年没有记录到其提出的问题。`,
  hrcTitle: '人权理事会表决',
  hrcCountry: (n, yes, no, abstain, year) =>
    `${year} 年：就 ${n} 项国别案文投票（赞成 ${yes}，反对 ${no}，弃权 ${abstain}）。`,
  hrcNotMember: (year) => `${year} 年不是理事会成员国，没有本国投票。`,
  hrcClosest: (partner, share) => `投票与${partner}最为一致（一致度 ${share}）。`,
  themes: {
    'civil-society-space': '公民社会空间',
    reprisals: '与联合国合作及报复',
  },
  hrcHostileYear: (yes, total, theme, year) =>
    `${year} 年：在 ${total} 项关于${theme}的敌意修正案中赞成 ${yes} 项。`,
  hrcHostileToDate: (yes, total, theme, year) =>
    `截至 ${year} 年：在 ${total} 项关于${theme}的敌意修正案中赞成 ${yes} 项。`,
  uprTitle: '普遍定期审议',
  uprCycle: (cycle, accepted, noted, total) =>
    `第 ${cycle} 轮：在 ${total} 项建议中接受 ${accepted}，注意到或拒绝 ${noted}。`,
  uprNone: '未存有向该国提出的普遍定期审议建议。',
  reprisalsTitle: '报复（公开数字）',
  fewerThan: (n) => `少于 ${n}`,
  reprisalsTotal: (n) => `秘书长报告中的案件：${n}。`,
  reprisalsYear: (n, followed, year) => `${year} 年：首次报告 ${n}，后续报告 ${followed}。`,
  contrastHostile: (yes, total, year) =>
    `截至 ${year} 年，在 ${total} 项针对公民社会案文的敌意修正案中赞成 ${yes} 项`,
  contrastQuestions: (share, span) => `${span}提出了非政府组织委员会 ${share} 的问题`,
  contrastUpr: (accepted, cycle) => `在第 ${cycle} 轮普遍定期审议中接受了 ${accepted} 的建议`,
  contrastLead: (state) => `${state}：`,
  contrastParticipation: (share, year) =>
    `${year} 年与其关联的组织占了理事会非政府组织发言机会的 ${share}`,
  partTitle: '谁在人权理事会发言',
  partSlots: (n, total, share, year) =>
    `${year} 年：与该国关联的组织占了 ${total} 个非政府组织发言机会中的 ${n} 个（${share}）。`,
  partNoSlots: (year) => `${year} 年：未存有非政府组织发言机会。`,
  partLinked: '算作关联组织，依据以下证据：',
  partPointsYear: (n, year) => `${year} 年：针对非政府组织发言者提出了 ${n} 个程序问题。`,
  partPointsToDate: (n, year) => `截至 ${year} 年：共 ${n} 个程序问题。`,
  partSlotsLink: '发言机会',
  partPointsLink: '程序问题',
};
