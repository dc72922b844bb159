/**
 * UI text of the reprisals editors' pages (the drafts queue, the case form, attaching a follow-up
 * paragraph), in English and Chinese. `reprisalsEditorZh` is typed as the shape of
 * `reprisalsEditorEn`, so a key missing from either language is a compile error. Merged into
 * i18n.ts as `t.reprisalsEditor`; field and vocabulary names come from `t.reprisals`.
 */

export const reprisalsEditorEn = {
  queueTitle: 'Drafts to review',
  queueIntro:
    'Cases read from the Secretary-General’s reports by rules, waiting for a person to confirm or correct them. Each suggested value shows the rule that read it; the paragraph is shown as read. Confidential: every paragraph shown here is recorded in the audit log under your name.',
  editorsOnly: 'Only editors and administrators review the registry.',
  signInAs: 'Sign in as an editor',
  countryLabel: 'Country (ISO3, empty for all)',
  filter: 'Show',
  noDrafts: 'No draft waits for review.',
  draftCount: (n: string) => `${n} draft(s)`,
  reasonsTitle: 'Why these values',
  reason: (field: string, rule: string) => `${field}: rule ${rule}`,
  noReasons: 'No rule suggested a value.',
  paragraphTitle: 'The paragraph as read',
  review: 'Review and confirm',
  linksTitle: 'Follow-up paragraphs (annex II) not yet attached by a person',
  linksIntro:
    'Each paragraph of annex II follows up a case of an earlier report. Attach it to that case: the case gains the paragraph as a follow-up appearance.',
  noLinks: 'No follow-up paragraph is waiting.',
  cites: 'Cites',
  suggested: (caseId: string, how: string) => `suggested: ${caseId} (by ${how})`,
  attachTo: 'Case id',
  attach: 'Attach',
  attached: (caseId: string) => `Attached to ${caseId}.`,

  caseTitle: (id: string) => `Review case ${id}`,
  backToQueue: 'Drafts to review',
  viewCase: 'See the case as readers see it',
  state: (review: string) => `Record: ${review}`,
  confirmedBy: (name: string, at: string) => `Confirmed by ${name} on ${at}.`,
  version: (v: string) => `Version ${v}`,
  save: 'Save corrections',
  saving: 'Saving…',
  saved: 'Saved.',
  unchanged: 'Nothing to save: no field was changed.',
  confirm: 'Confirm this case',
  confirmed: 'Confirmed.',
  confirmNote:
    'Confirming says a person checked the case against the report. A later import of the same report will not overwrite it.',
  conflict:
    'Someone changed this case since you opened it. Your changes were not saved. Reload to see the current record, then make them again.',
  reload: 'Reload',
  failed: 'Could not save:',
  none: '(none)',
  linkCommunication: 'Link a special procedures communication',
  reference: 'Reference (CHN 15/2011)',
  link: 'Link',
  linked: (ref: string) => `Linked ${ref}.`,
};

export type ReprisalsEditorMessages = typeof reprisalsEditorEn;

export const reprisalsEditorZh: ReprisalsEditorMessages = {
  queueTitle: '待审核的草稿',
  queueIntro:
    '按规则从秘书长报告中读出的案件，等待人工确认或更正。每个建议值都显示读出它的规则；段落按所读原文显示。机密：此处显示的每个段落都以你的名义记入审计日志。',
  editorsOnly: '只有编辑和管理员可以审核登记册。',
  signInAs: '以编辑身份登录',
  countryLabel: '国家（ISO3 代码，留空为全部）',
  filter: '显示',
  noDrafts: '没有待审核的草稿。',
  draftCount: (n: string) => `${n} 份草稿`,
  reasonsTitle: '这些值的依据',
  reason: (field: string, rule: string) => `${field}：规则 ${rule}`,
  noReasons: '没有规则给出建议值。',
  paragraphTitle: '所读的原文段落',
  review: '审核并确认',
  linksTitle: '尚无人附到案件的后续段落（附件二）',
  linksIntro:
    '附件二的每个段落都是对以往报告中某一案件的后续跟进。将其附到该案件：案件即增加此段落作为后续出现。',
  noLinks: '没有等待处理的后续段落。',
  cites: '引用',
  suggested: (caseId: string, how: string) => `建议：${caseId}（依据 ${how}）`,
  attachTo: '案件编号',
  attach: '附上',
  attached: (caseId: string) => `已附到 ${caseId}。`,

  caseTitle: (id: string) => `审核案件 ${id}`,
  backToQueue: '待审核的草稿',
  viewCase: '按读者所见查看此案件',
  state: (review: string) => `记录：${review}`,
  confirmedBy: (name: string, at: string) => `由 ${name} 于 ${at} 确认。`,
  version: (v: string) => `版本 ${v}`,
  save: '保存更正',
  saving: '正在保存…',
  saved: '已保存。',
  unchanged: '无需保存：没有字段被修改。',
  confirm: '确认此案件',
  confirmed: '已确认。',
  confirmNote: '确认表示已有人对照报告核查过此案件。以后再次导入同一份报告不会覆盖它。',
  conflict:
    '自你打开此案件以来，已有人修改了它。你的修改没有保存。请重新加载查看当前记录，然后再次修改。',
  reload: '重新加载',
  failed: '无法保存：',
  none: '（无）',
  linkCommunication: '关联特别程序来文',
  reference: '编号（CHN 15/2011）',
  link: '关联',
  linked: (ref: string) => `已关联 ${ref}。`,
};
