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

/** The figure as its command prints it: a number, null, or undefined when the filter gives nothing. */
export async function figureFromCommand(
  figure: Pick<Figure, 'command' | 'jq'>,
  db: string,
  cache: Map<string, string> = new Map(),
): Promise<number | null | undefined> {
  const argv = figure.command.split(' ');
  if (argv[0] !== 'groundpass') throw new Error(`not a groundpass command: ${figure.command}`);
  let json = cache.get(figure.command);
  if (json === undefined) {
    const r = await runCli([...argv.slice(1), '--db', db]);
    if (r.code !== 0) throw new Error(`${figure.command}: exit ${r.code}: ${r.err}`);
    json = r.out;
    cache.set(figure.command, json);
  }
  const text = execFileSync(JQ!, ['-c', figure.jq], { input: json, encoding: 'utf8' }).trim();
  if (text === '') return undefined;
  return JSON.parse(text) as number | null;
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
