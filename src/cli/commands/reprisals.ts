import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerReprisalsEditor } from './reprisals-editor.js';
import type { ExportOptions } from './reprisals-export.js';

/*
 * `groundpass reprisals cases|stats` and `groundpass import reprisals` (docs/reprisals.md). Only
 * the definitions live here; what they do is loaded when one runs (reprisals-actions.ts).
 */

const WORDS = {
  en: {
    reprisals: 'the reprisals registry, shown as your role may see it',
    cases: 'cases of a country: public fields and pseudonyms without --as; more with an account',
    stats:
      'statistics of a country (per year, new vs follow-up, shares); counts below 3 shown as "fewer than 3" for the public and researchers',
    country: 'ISO 3166 alpha-3 code of the State (CHN)',
    as: 'read as this account (its password is asked for, or read from standard input); without it, as the public',
    keyFile:
      'the key file (default $GROUNDPASS_KEY_FILE), needed to read or write confidential fields',
    json: 'machine-readable output',
    import:
      'import reprisals files: Secretary-General reports (.txt, .pdf), ISHR/Uwazi JSON, special procedures communications (.csv, .json), the registry CSV',
    apply: 'apply an edited registry CSV (without it, only its diff is shown)',
    importAs:
      'import as this editor or admin account (password asked); default: the command line operator, recorded as cli:USER',
    export:
      "export a country's cases (the registry CSV, or JSON) with only the columns your role may read; with --stats its figures",
    format: 'csv or json',
    statsOption:
      'export the figures (counts below 3 read "fewer than 3" for the public and researchers)',
    out: 'write to this file (default: standard output)',
  },
  zh: {
    reprisals: '报复案件登记册，按你的角色可见范围显示',
    cases: '某国的案件：不带 --as 时只显示公开字段和化名；账户可看更多',
    stats: '某国的统计（按年份、新案与后续、比例）；对公众和研究员，小于 3 的数目显示为“少于 3”',
    country: '国家的 ISO 3166 三字母代码（CHN）',
    as: '以此账户读取（询问密码或从标准输入读取）；不带此项则为公众',
    keyFile: '密钥文件（默认 $GROUNDPASS_KEY_FILE），读写机密字段时需要',
    json: '机器可读输出',
    import:
      '导入报复案件文件：秘书长报告（.txt、.pdf）、ISHR/Uwazi JSON、特别程序来文（.csv、.json）、登记册 CSV',
    apply: '应用编辑过的登记册 CSV（不带此项只显示差异）',
    importAs: '以此编辑或管理员账户导入（询问密码）；默认：命令行操作者，记录为 cli:用户名',
    export: '导出某国的案件（登记册 CSV 或 JSON），只含你的角色可读的列；带 --stats 时导出统计',
    format: 'csv 或 json',
    statsOption: '导出统计（对公众和研究员，小于 3 的数目显示为“少于 3”）',
    out: '写入此文件（默认：标准输出）',
  },
} as const;

export interface ReadOptions {
  country: string;
  as?: string;
  db?: string;
  keyFile?: string;
  json?: boolean;
}

export function registerReprisals(program: Command, ctx: CliContext): void {
  const w = WORDS[ctx.lang];
  const actions = () => import('./reprisals-actions.js');
  const group = program.command('reprisals').description(w.reprisals);
  for (const [name, description] of [
    ['cases', w.cases],
    ['stats', w.stats],
  ] as const)
    group
      .command(name)
      .description(description)
      .requiredOption('--country <ISO3>', w.country)
      .option('--as <user>', w.as)
      .option('--key-file <file>', w.keyFile)
      .option('--db <target>', ctx.t.optDb)
      .option('--json', w.json)
      .action(async (opts: ReadOptions) =>
        name === 'cases'
          ? (await actions()).reprisalCases(ctx, opts)
          : (await actions()).reprisalStats(ctx, opts),
      );
  registerReprisalsEditor(group, ctx);
  group
    .command('export')
    .description(w.export)
    .requiredOption('--country <ISO3>', w.country)
    .requiredOption('--format <format>', w.format)
    .option('--stats', w.statsOption)
    .option('--as <user>', w.as)
    .option('--out <file>', w.out)
    .option('--no-bom', ctx.t.optNoBom)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .action(async (opts: ExportOptions) =>
      (await import('./reprisals-export.js')).reprisalsExport(ctx, opts),
    );
}

export interface ImportReprisalsOptions {
  apply?: boolean;
  as?: string;
  keyFile?: string;
  db?: string;
  json?: boolean;
}

/** `import reprisals`, added to the import group by import.ts. */
export function registerImportReprisals(imp: Command, ctx: CliContext, help: string[]): void {
  const w = WORDS[ctx.lang];
  imp
    .command('reprisals')
    .description(w.import)
    .argument('<paths...>', 'files or folders')
    .option('--apply', w.apply)
    .option('--as <user>', w.importAs)
    .option('--key-file <file>', w.keyFile)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      [
        '',
        ...help,
        '',
        'Confidential fields (names, places, the report’s account) are stored only encrypted: set',
        'GROUNDPASS_KEY_FILE (groundpass keys init). Every write is in the audit log.',
        '',
        'Examples:',
        '  groundpass import reprisals A_HRC_45_36.pdf ishr-export.json sp-communications.csv',
        '  groundpass import reprisals registry-edited.csv            # shows the diff',
        '  groundpass import reprisals registry-edited.csv --apply    # applies it',
      ].join('\n'),
    )
    .action(async (paths: string[], opts: ImportReprisalsOptions) =>
      (await import('./reprisals-actions.js')).importReprisals(ctx, paths, opts),
    );
}
