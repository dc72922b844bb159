import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/*
 * `groundpass reprisals drafts|links|confirm|attach|link|unlink`: the editors' side of the registry from the
 * command line (docs/reprisals.md, "Editing"), beside `reprisals cases|stats`. Only definitions
 * here; what they do is loaded when one runs (reprisals-editor-actions.ts).
 */

const WORDS = {
  en: {
    drafts:
      'draft cases waiting for a person: case id, pseudonym, and the rules behind each suggested value',
    links: 'annex II follow-up paragraphs and the case each is attached to',
    confirm: 'confirm draft cases (review: confirmed; who and when go to the audit log)',
    attach: 'attach an annex II follow-up paragraph (its id from `reprisals links`) to a case',
    link: 'link a special procedures communication ("CHN 15/2011") to a case',
    unlink: 'unlink a special procedures communication from a case (the letter stops naming it)',
    country: 'ISO 3166 alpha-3 code of the State (CHN); all States without it',
    as: 'as this editor or admin account (its password is asked for, or read from standard input)',
    keyFile: 'the key file (default $GROUNDPASS_KEY_FILE), to read the paragraph as read',
    paragraph: 'print the paragraph as read (confidential: needs the key file; each read audited)',
    unattached: 'only the paragraphs no person has attached yet',
    caseId: 'the case to attach it to (2020-CHN-001)',
    json: 'machine-readable output',
  },
  zh: {
    drafts: '等待人工确认的草稿案件：案件编号、化名，以及每个建议值所依据的规则',
    links: '附件二的后续段落及其所附的案件',
    confirm: '确认草稿案件（审核：已确认；确认人和时间记入审计日志）',
    attach: '将附件二的后续段落（编号见 `reprisals links`）附到某案件',
    link: '将特别程序来文（“CHN 15/2011”）关联到某案件',
    unlink: '取消特别程序来文与某案件的关联（来文不再指向该案件）',
    country: '国家的 ISO 3166 三字母代码（CHN）；不带此项则为所有国家',
    as: '以此编辑或管理员账户操作（询问密码或从标准输入读取）',
    keyFile: '密钥文件（默认 $GROUNDPASS_KEY_FILE），读取原文段落时需要',
    paragraph: '显示所读的原文段落（机密：需要密钥文件；每次读取都记入审计日志）',
    unattached: '只显示尚无人附到案件的段落',
    caseId: '要附到的案件（2020-CHN-001）',
    json: '机器可读输出',
  },
} as const;

export interface EditorReadOptions {
  country?: string;
  as: string;
  db?: string;
  keyFile?: string;
  json?: boolean;
  paragraph?: boolean;
  unattached?: boolean;
}

export interface EditorWriteOptions {
  as: string;
  db?: string;
  keyFile?: string;
  json?: boolean;
  case?: string;
}

/** The editor commands, added to the `reprisals` group by registerReprisals. */
export function registerReprisalsEditor(group: Command, ctx: CliContext): void {
  const w = WORDS[ctx.lang];
  const actions = () => import('./reprisals-editor-actions.js');
  group
    .command('drafts')
    .description(w.drafts)
    .option('--country <ISO3>', w.country)
    .requiredOption('--as <user>', w.as)
    .option('--paragraph', w.paragraph)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .action(async (opts: EditorReadOptions) => (await actions()).reprisalDrafts(ctx, opts));
  group
    .command('links')
    .description(w.links)
    .option('--country <ISO3>', w.country)
    .requiredOption('--as <user>', w.as)
    .option('--unattached', w.unattached)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .action(async (opts: EditorReadOptions) => (await actions()).reprisalLinks(ctx, opts));
  group
    .command('confirm')
    .description(w.confirm)
    .argument('<caseIds...>', 'case ids (2020-CHN-001)')
    .requiredOption('--as <user>', w.as)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .action(async (ids: string[], opts: EditorWriteOptions) =>
      (await actions()).reprisalConfirm(ctx, ids, opts),
    );
  group
    .command('attach')
    .description(w.attach)
    .argument('<linkId>', 'the paragraph’s id')
    .requiredOption('--case <caseId>', w.caseId)
    .requiredOption('--as <user>', w.as)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .action(async (linkId: string, opts: EditorWriteOptions) =>
      (await actions()).reprisalAttach(ctx, linkId, opts),
    );
  for (const action of ['link', 'unlink'] as const)
    group
      .command(action)
      .description(w[action])
      .argument('<caseId>', 'the case (2020-CHN-001)')
      .argument('<reference>', 'the communication ("CHN 15/2011")')
      .requiredOption('--as <user>', w.as)
      .option('--key-file <file>', w.keyFile)
      .option('--db <target>', ctx.t.optDb)
      .option('--json', w.json)
      .action(async (caseId: string, reference: string, opts: EditorWriteOptions) =>
        (await actions()).reprisalLinkCommunication(ctx, action, caseId, reference, opts),
      );
}
