import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { main } from '../src/cli/main.js';
import { REPORT_MESSAGES } from '../src/report/i18n.js';
import type { Figure } from '../src/report/types.js';

/*
 * The check every report test makes of its figures: run the figure's own command (`groundpass …
 * --json`) in-process against the same database, apply the figure's jq filter with jq itself, and
 * compare with the figure's value. The report and the module's command then cannot drift apart.
 */

export const JQ = ['/usr/bin/jq', '/usr/local/bin/jq', '/opt/homebrew/bin/jq'].find((p) =>
  existsSync(p),
);
export const JQ_SKIP_REASON = 'skipped: jq is not installed (apt-get install jq)';

export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What a figure's command prints with --json, run once per command (`cache`). */
async function commandJson(command: string, db: string, cache: Map<string, string>) {
  const argv = command.split(' ');
  if (argv[0] !== 'groundpass') throw new Error(`not a groundpass command: ${command}`);
  let json = cache.get(command);
  if (json === undefined) {
    const r = await runCli([...argv.slice(1), '--db', db]);
    if (r.code !== 0) throw new Error(`${command}: exit ${r.code}: ${r.err}`);
    json = r.out;
    cache.set(command, json);
  }
  return json;
}

/** The figure as its command prints it: a number, null, or undefined when the filter gives nothing. */
export async function figureFromCommand(
  figure: Pick<Figure, 'command' | 'jq'>,
  db: string,
  cache: Map<string, string> = new Map(),
): Promise<number | null | undefined> {
  const json = await commandJson(figure.command, db, cache);
  const text = execFileSync(JQ!, ['-c', figure.jq], { input: json, encoding: 'utf8' }).trim();
  if (text === '') return undefined;
  return JSON.parse(text) as number | null;
}

/**
 * figureFromCommand for many figures at once, in their order: each command run once, and all the
 * filters applied by one jq process (one per figure forked the test worker ~80 times a file, at
 * 0.3 s each on a loaded machine). Each filter still sees only its own command's output. When
 * the one jq fails (a filter's error, an output that is not one JSON document), the figures are
 * taken one by one, so that the failure is reported as figureFromCommand reports it.
 */
export async function figuresFromCommands(
  figures: readonly Pick<Figure, 'command' | 'jq'>[],
  db: string,
  cache: Map<string, string> = new Map(),
): Promise<(number | null | undefined)[]> {
  const oneByOne = async () => {
    const values: (number | null | undefined)[] = [];
    for (const f of figures) values.push(await figureFromCommand(f, db, cache));
    return values;
  };
  const docs: string[] = [];
  const docOf = new Map<string, number>();
  for (const f of figures) {
    if (docOf.has(f.command)) continue;
    const json = await commandJson(f.command, db, cache);
    try {
      JSON.parse(json);
    } catch {
      return oneByOne(); // not one document: jq would apply the filter to each
    }
    docOf.set(f.command, docs.length);
    docs.push(json);
  }
  if (figures.length === 0) return [];
  // each figure's outputs as one array per line: [] when its filter gives nothing
  const program = `[inputs] as $d | ${figures
    .map((f) => `[$d[${docOf.get(f.command)!}] | (${f.jq})]`)
    .join(', ')}`;
  let lines: string[];
  try {
    lines = execFileSync(JQ!, ['-n', '-c', program], {
      input: docs.join('\n'),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
  } catch {
    return oneByOne();
  }
  if (lines.length !== figures.length) return oneByOne();
  return lines.map((line, i) => {
    const outputs = JSON.parse(line) as (number | null)[];
    if (outputs.length > 1) throw new Error(`${figures[i]!.jq}: ${outputs.length} values`);
    return outputs.length === 0 ? undefined : outputs[0];
  });
}

/**
 * What a figure's value must be given its command's output: the same number; a filter that finds
 * nothing (no row for the State, no cell for the year) is a count of 0 or no value at all.
 */
export function sameFigure(value: number | null, fromCommand: number | null | undefined): boolean {
  if (fromCommand === undefined) return value === 0 || value === null;
  return value === fromCommand;
}

/** The text a reader sees: tags, code and the contents of <style> removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/**
 * The English interface text: every string of the en messages (two words or more), and every
 * literal piece of their sentence templates, called with markers in place of the figures (three
 * words or more: "of the" alone would match an organisation's name, which stays as printed).
 */
export function interfacePhrases(messages: readonly unknown[] = [REPORT_MESSAGES.en]): string[] {
  const out = new Set<string>();
  const MARK = '\u0001';
  const add = (p: string, minWords: number) => {
    const phrase = p.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');
    if (phrase.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length >= minWords) out.add(phrase);
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v, 2);
    else if (typeof v === 'function') {
      const text = (v as (...args: unknown[]) => unknown)(MARK, MARK, MARK, MARK);
      if (typeof text === 'string') text.split(MARK).forEach((p) => add(p, 3));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  // a section that keeps its words in a file of its own passes them too (participation-i18n.ts)
  messages.forEach(walk);
  return [...out];
}
