import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/*
 * `groundpass gongo …`: the organisation registry and its GONGO evidence register
 * (docs/organizations.md). Only the definitions live here; gongo-actions.ts does the work.
 */

const WORDS = {
  en: {
    group:
      'the organisation registry and its GONGO evidence register (evidence, classification, history)',
    show: 'one organisation: names, consultative status, NGO Committee history, evidence, score, classification',
    history: 'every classification of an organisation, newest first, with its audit log entry',
    list: 'organisations with their classification, evidence count and score',
    resolve:
      'which organisation a name as written stands for (aliases, abbreviations, Chinese names)',
    set: 'set the editorial classification (independent, state-linked, gongo, unknown); a label needs evidence on record',
    revert:
      'undo the latest classification change, or go back to the state an audit entry recorded',
    evidence: 'evidence of ties to a State or ruling party',
    evidenceAdd: 'record one indicator with its source, passage and date',
    evidenceRetract: 'take a piece of evidence off the record (it stays readable as retracted)',
    alias: 'English and Chinese aliases and abbreviations',
    aliasAdd: 'add an alias or abbreviation',
    org: 'organisation: id, name as written, alias or abbreviation',
    classification: 'independent | state-linked | gongo | unknown',
    reason: 'why, in a sentence',
    source: 'a URL (https://…) or a UN document symbol (A/HRC/55/2)',
    indicator:
      'state-funding | leaders-state-posts | state-founded-or-supervised | shared-address-or-staff | named-by-investigation',
    share: 'state-funding: the share of funding from the State or party (0.8 or 80%)',
    statement: 'what the source shows, in a sentence (default: the passage)',
    passage: 'the passage of the source that shows it, quoted',
    date: 'the date of the source: 2025-04-28, 2025-04 or 2025',
    to: 'the audit entry whose classification comes back (gongo history shows them)',
    as: 'act as this account (its password is asked for, or read from standard input); writes need an editor or admin; default: the command line operator for writes, the public for reads',
    name: 'the alias as written',
    language: 'en | zh',
    abbreviation: 'the name is an abbreviation (ISHR)',
    q: 'part of a name or alias',
    country: 'ISO alpha-3 code of the country of registration',
    withEvidence: 'only organisations with evidence on record',
    page: 'page number',
    pageSize: 'rows per page (max 500)',
  },
  zh: {
    group: '组织登记册及其“政府组织的非政府组织”（GONGO）证据登记（证据、分类、历史）',
    show: '一个组织：名称、咨商地位、非政府组织委员会记录、证据、评分、分类',
    history: '一个组织的全部分类记录（最新在前），附审计日志条目',
    list: '组织列表，附分类、证据数和评分',
    resolve: '按书写的名称（别名、缩写、中文名）找出对应的组织',
    set: '设定编辑分类（independent 独立、state-linked 与国家有关联、gongo、unknown 未知）；除 unknown 外须有证据',
    revert: '撤销最近一次分类更改，或恢复某审计条目记录的状态',
    evidence: '与国家或执政党关联的证据',
    evidenceAdd: '记录一项指标及其来源、原文段落和日期',
    evidenceRetract: '撤回一项证据（仍可作为已撤回证据查阅）',
    alias: '英文和中文别名及缩写',
    aliasAdd: '添加别名或缩写',
    org: '组织：编号、书写的名称、别名或缩写',
    classification: 'independent | state-linked | gongo | unknown',
    reason: '理由，一句话',
    source: '网址（https://…）或联合国文件编号（A/HRC/55/2）',
    indicator:
      'state-funding | leaders-state-posts | state-founded-or-supervised | shared-address-or-staff | named-by-investigation',
    share: 'state-funding：来自国家或政党的资金比例（0.8 或 80%）',
    statement: '来源所显示的内容，一句话（默认：原文段落）',
    passage: '来源中显示该指标的原文段落',
    date: '来源日期：2025-04-28、2025-04 或 2025',
    to: '要恢复其分类的审计条目（见 gongo history）',
    as: '以此账户操作（询问密码或从标准输入读取）；写入须为编辑或管理员；默认：写入为命令行操作者，读取为公众',
    name: '书写的别名',
    language: 'en | zh',
    abbreviation: '该名称是缩写（ISHR）',
    q: '名称或别名的一部分',
    country: '注册国的 ISO 三字母代码',
    withEvidence: '只列出有证据的组织',
    page: '页码',
    pageSize: '每页行数（最多 500）',
  },
} as const;

export interface GongoReadOptions {
  as?: string;
  db?: string;
  json?: boolean;
}
export interface GongoSetOptions extends GongoReadOptions {
  classification: string;
  reason: string;
  source: string;
}
export interface GongoRevertOptions extends GongoReadOptions {
  to?: string;
}
export interface GongoEvidenceOptions extends GongoReadOptions {
  indicator: string;
  source: string;
  passage: string;
  date: string;
  share?: string;
  statement?: string;
}
export interface GongoRetractOptions extends GongoReadOptions {
  reason: string;
}
export interface GongoAliasOptions extends GongoReadOptions {
  name: string;
  language: string;
  abbreviation?: boolean;
  source?: string;
}
export interface GongoListOptions extends GongoReadOptions {
  q?: string;
  classification?: string;
  country?: string;
  withEvidence?: boolean;
  page?: string;
  pageSize?: string;
}

export function registerGongo(program: Command, ctx: CliContext): void {
  const w = WORDS[ctx.lang];
  const actions = () => import('./gongo-actions.js');
  const common = (cmd: Command) =>
    cmd
      .option('--as <user>', w.as)
      .option('--db <target>', ctx.t.optDb)
      .option('--json', ctx.t.optJson);
  const group = program.command('gongo').description(w.group);

  common(group.command('show').description(w.show).argument('<org>', w.org)).action(
    async (org: string, opts: GongoReadOptions) => (await actions()).gongoShow(ctx, org, opts),
  );
  common(group.command('history').description(w.history).argument('<org>', w.org)).action(
    async (org: string, opts: GongoReadOptions) => (await actions()).gongoHistory(ctx, org, opts),
  );
  common(group.command('resolve').description(w.resolve).argument('<name>', w.name)).action(
    async (name: string, opts: GongoReadOptions) => (await actions()).gongoResolve(ctx, name, opts),
  );
  common(
    group
      .command('list')
      .description(w.list)
      .option('--q <text>', w.q)
      .option('--classification <c>', w.classification)
      .option('--country <ISO3>', w.country)
      .option('--with-evidence', w.withEvidence)
      .option('--page <n>', w.page)
      .option('--page-size <n>', w.pageSize),
  ).action(async (opts: GongoListOptions) => (await actions()).gongoList(ctx, opts));
  common(
    group
      .command('set')
      .description(w.set)
      .argument('<org>', w.org)
      .requiredOption('--classification <c>', w.classification)
      .requiredOption('--reason <text>', w.reason)
      .requiredOption('--source <url-or-symbol>', w.source),
  ).action(async (org: string, opts: GongoSetOptions) =>
    (await actions()).gongoSet(ctx, org, opts),
  );
  common(
    group
      .command('revert')
      .description(w.revert)
      .argument('<org>', w.org)
      .option('--to <auditId>', w.to),
  ).action(async (org: string, opts: GongoRevertOptions) =>
    (await actions()).gongoRevert(ctx, org, opts),
  );

  const evidence = group.command('evidence').description(w.evidence);
  common(
    evidence
      .command('add')
      .description(w.evidenceAdd)
      .argument('<org>', w.org)
      .requiredOption('--indicator <indicator>', w.indicator)
      .requiredOption('--source <url-or-symbol>', w.source)
      .requiredOption('--passage <text>', w.passage)
      .requiredOption('--date <date>', w.date)
      .option('--share <share>', w.share)
      .option('--statement <text>', w.statement),
  ).action(async (org: string, opts: GongoEvidenceOptions) =>
    (await actions()).gongoEvidenceAdd(ctx, org, opts),
  );
  common(
    evidence
      .command('retract')
      .description(w.evidenceRetract)
      .argument('<evidenceId>', 'evidence id')
      .requiredOption('--reason <text>', w.reason),
  ).action(async (id: string, opts: GongoRetractOptions) =>
    (await actions()).gongoEvidenceRetract(ctx, id, opts),
  );

  const alias = group.command('alias').description(w.alias);
  common(
    alias
      .command('add')
      .description(w.aliasAdd)
      .argument('<org>', w.org)
      .requiredOption('--name <name>', w.name)
      .requiredOption('--language <en|zh>', w.language)
      .option('--abbreviation', w.abbreviation)
      .option('--source <url-or-symbol>', w.source),
  ).action(async (org: string, opts: GongoAliasOptions) =>
    (await actions()).gongoAliasAdd(ctx, org, opts),
  );
}
