import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/*
 * `groundpass user add|list`, `keys init|rotate`, `audit verify` (docs/security.md). Only the
 * command definitions live here; what they do is loaded when one of them runs
 * (security-actions.ts), so other commands do not load scrypt, key files or the audit chain.
 */

const WORDS = {
  en: {
    user: 'accounts that log in to the web app and API (researcher, editor, admin)',
    userAdd:
      'add an account; the password is read from standard input (one line) or asked for, never from the command line',
    userList: 'list accounts: name, role, disabled, created',
    role: 'researcher, editor or admin',
    as: 'the admin adding the account (asked for their password first); not needed for the first admin',
    keys: 'data keys for confidential values (kept outside the database)',
    keysInit: 'create a new key file, readable by its owner only',
    keysRotate: 'add a new key and re-encrypt every confidential value with it',
    keyFile: 'the key file (default $GROUNDPASS_KEY_FILE)',
    keepOld: 'keep the old keys in the key file after rotation',
    audit: 'the hash-chained audit log',
    auditVerify:
      'check that no entry was changed, removed or reordered (exit 1 if one was); prints the head hash',
    expectHead: 'a head hash noted earlier: also detect entries removed from the end',
    json: 'machine-readable output',
  },
  zh: {
    user: '登录网页和 API 的账户（研究员、编辑、管理员）',
    userAdd: '添加账户；密码从标准输入（一行）读取或交互询问，从不取自命令行',
    userList: '列出账户：名称、角色、是否停用、创建时间',
    role: 'researcher、editor 或 admin',
    as: '添加账户的管理员（先询问其密码）；第一个管理员无需此项',
    keys: '机密字段的数据密钥（保存在数据库之外）',
    keysInit: '新建密钥文件，仅所有者可读',
    keysRotate: '添加新密钥，并用它重新加密所有机密值',
    keyFile: '密钥文件（默认 $GROUNDPASS_KEY_FILE）',
    keepOld: '轮换后在密钥文件中保留旧密钥',
    audit: '哈希链审计日志',
    auditVerify: '检查没有条目被修改、删除或重排（若有则退出码 1）；输出链头哈希',
    expectHead: '此前记下的链头哈希：也能发现末尾被删除的条目',
    json: '机器可读输出',
  },
} as const;

export function registerSecurity(program: Command, ctx: CliContext): void {
  const w = WORDS[ctx.lang];
  const actions = () => import('./security-actions.js');

  const user = program.command('user').description(w.user);
  user
    .command('add <name>')
    .description(w.userAdd)
    .requiredOption('--role <role>', w.role)
    .option('--as <admin>', w.as)
    .option('--db <target>', ctx.t.optDb)
    .action(async (name: string, opts: { role: string; as?: string; db?: string }) =>
      (await actions()).userAdd(ctx, name, opts),
    );
  user
    .command('list')
    .description(w.userList)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .action(async (opts: { db?: string; json?: boolean }) => (await actions()).userList(ctx, opts));

  const keys = program.command('keys').description(w.keys);
  keys
    .command('init')
    .description(w.keysInit)
    .option('--key-file <file>', w.keyFile)
    .action(async (opts: { keyFile?: string }) => (await actions()).keysInit(ctx, opts));
  keys
    .command('rotate')
    .description(w.keysRotate)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .option('--keep-old', w.keepOld)
    .option('--json', w.json)
    .action(async (opts: { keyFile?: string; db?: string; keepOld?: boolean; json?: boolean }) =>
      (await actions()).keysRotate(ctx, opts),
    );

  const audit = program.command('audit').description(w.audit);
  audit
    .command('verify')
    .description(w.auditVerify)
    .option('--db <target>', ctx.t.optDb)
    .option('--key-file <file>', w.keyFile)
    .option('--expect-head <hash>', w.expectHead)
    .option('--json', w.json)
    .action(async (opts: { db?: string; keyFile?: string; expectHead?: string; json?: boolean }) =>
      (await actions()).auditVerify(ctx, opts),
    );
}
