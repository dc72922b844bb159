import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ParseProblem } from '../../domain/provenance.js';
import { decodeUtf8 } from '../../sources/common/decode-text.js';
import { formatProblem, hasFatal } from '../../sources/common/parse-result.js';
import { CliFailure, type CliContext } from '../context.js';
import { formatTable } from '../output.js';
import { stateArg } from '../state-arg.js';

export function registerParse(program: Command, ctx: CliContext): void {
  const parse = program.command('parse').description(ctx.t.parseDescription);
  parse
    .command('ngo-committee-press')
    .description(ctx.t.parsePressDescription)
    .argument(
      '<file>',
      'press release file (.txt with or without the url/title/date header, .html, or .pdf)',
    )
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      '\nExample:\n  groundpass parse ngo-committee-press ecosoc6731.txt --json | jq ".applications[0]"',
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      // each parser is loaded by its own command only (docs/build.md)
      const { readPressRelease } = await import('../../store/ngo-committee/import-files.js');
      const { value: release, pageOf } = await readTextOrPdf(ctx, file, (text) => {
        const read = readPressRelease(text, file);
        return { value: read.release, problems: read.problems };
      });
      if (opts.json) {
        // The exact shape scripts rely on (issue: "Interfaces (exact)").
        const json = {
          applications: release.applications.map((a) => ({
            organization: a.organization,
            country: a.country,
            status: a.status,
            action: a.action,
            questions: a.questions.map((q) => ({
              state: q.state,
              text: q.text,
              topics: q.topics.map((t) => t.topic),
              ...pageKey(pageOf(q.locator.line)),
            })),
            ...pageKey(pageOf(a.locator.line)),
          })),
          votes: release.votes.map((v) => ({
            subject: v.subject,
            motion: v.motion,
            yes: v.yes,
            no: v.no,
            abstain: v.abstain,
            absent: v.absent,
            counts: v.counts,
            ...pageKey(pageOf(v.locator.line)),
          })),
        };
        ctx.out(JSON.stringify(json, null, 2));
        return;
      }
      ctx.out(
        formatTable(
          ['line', 'organization', 'country', 'status', 'action', 'questions by'],
          release.applications.map((a) => [
            lineAndPage(a.locator.line, pageOf),
            a.organization,
            a.country,
            a.status,
            a.action,
            a.questions.map((q) => q.state).join(' '),
          ]),
        ),
      );
      for (const v of release.votes) {
        ctx.out(
          `\nvote (line ${lineAndPage(v.locator.line, pageOf)}) on ${v.subject ?? '?'}: ${v.motion} — yes ${v.counts.yes ?? '?'}, no ${v.counts.no ?? '?'}, abstain ${v.counts.abstain ?? '?'}`,
        );
      }
    });
  parse
    .command('hrc-vote-press')
    .description(ctx.t.parseHrcVotePressDescription)
    .argument(
      '<file>',
      'press release file (.txt with or without the url/title/date header, .html, or .pdf)',
    )
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      '\nExample:\n  groundpass parse hrc-vote-press hrc32-civil-society.txt --json | jq ".votes[0].counts"',
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      const { parseHrcVotePress } = await import('../../sources/hrc-votes/press-release.js');
      const { value, pageOf } = await readTextOrPdf(ctx, file, (text) =>
        parseHrcVotePress(text, file),
      );
      if (opts.json) {
        // The exact shape scripts rely on (issue 3: "Interfaces (exact)"); extra keys come after.
        const json = {
          votes: value.votes.map((v) => ({
            subject: v.subject,
            outcome: v.outcome,
            counts: v.counts,
            yes: v.yes,
            no: v.no,
            abstain: v.abstain,
            symbol: v.symbol,
            kind: v.kind,
            language: v.language,
            line: v.locator.line,
            ...pageKey(pageOf(v.locator.line)),
          })),
        };
        ctx.out(JSON.stringify(json, null, 2));
        return;
      }
      ctx.out(
        formatTable(
          ['line', 'outcome', 'yes', 'no', 'abstain', 'named', 'symbol', 'subject'],
          value.votes.map((v) => [
            lineAndPage(v.locator.line, pageOf),
            v.outcome,
            v.counts.yes,
            v.counts.no,
            v.counts.abstain,
            v.yes.length + v.no.length + v.abstain.length,
            v.symbol,
            v.subject.length > 80 ? `${v.subject.slice(0, 79)}…` : v.subject,
          ]),
        ),
      );
    });
  parse
    .command('upr')
    .description(ctx.t.parseUprDescription)
    .argument(
      '<file>',
      'UPR Info export (.csv/.csv.gz), UN matrix or thematic list (.csv/.docx), WG report or addendum (.txt/.pdf)',
    )
    .option('--json', ctx.t.optJson)
    .option(
      '--sur <state>',
      'state under review (code or UN name), when a .docx matrix or report does not say',
      stateArg(ctx.t),
    )
    .option('--cycle <n>', 'UPR cycle, when a .docx matrix or report does not say')
    .addHelpText(
      'after',
      '\nExample:\n  groundpass parse upr A-HRC-40-6.txt --json | jq ".recommendations[0]"',
    )
    .action(async (file: string, opts: { json?: boolean; sur?: string; cycle?: string }) => {
      const options = {
        ...(opts.sur !== undefined ? { sur: opts.sur } : {}),
        ...(opts.cycle !== undefined ? { cycle: Number(opts.cycle) } : {}),
      };
      const { readUprFileOrPdf } = await import('../../sources/upr/read-file.js');
      const { value, problems } = await readUprFileOrPdf(
        file,
        new Uint8Array(readFileSync(file)),
        options,
      );
      if (value.kind === null) throw new CliFailure(`${file}: ${ctx.t.parseUprUnknown}`);
      if (opts.json) {
        ctx.out(
          JSON.stringify(
            {
              kind: value.kind,
              reportSymbol: value.reportSymbol,
              recommendations: value.recommendations,
              responses: value.responses,
              problems,
            },
            null,
            2,
          ),
        );
        if (hasFatal(problems)) throw new CliFailure(`${file}: not read`);
        return;
      }
      reportProblems(ctx, file, problems);
      ctx.out(
        `${value.kind}: ${value.recommendations.length} recommendations, ${value.responses.length} responses`,
      );
      ctx.out(
        formatTable(
          ['line', 'paragraph', 'sur', 'from', 'cycle', 'response', 'text'],
          value.recommendations
            .slice(0, 50)
            .map((r) => [
              r.locator.line,
              r.paragraph ?? '',
              r.sur,
              r.from.join(' '),
              r.cycle,
              r.response,
              r.text.length > 70 ? `${r.text.slice(0, 69)}…` : r.text,
            ]),
        ),
      );
      if (value.responses.length > 0) {
        ctx.out(
          formatTable(
            ['line', 'paragraph', 'response', 'as written'],
            value.responses.map((r) => [r.line, r.paragraph, r.response, r.responseRaw]),
          ),
        );
      }
    });
}

/**
 * Reads a UTF-8 file and parses it: a file that is not UTF-8 stops the command, the parser's
 * problems go to stderr as FILE:LINE and a fatal one stops it too.
 */
/** The file the user named, or "FILE: reason" (exit 1) when it cannot be read. */
function readNamedFile(ctx: CliContext, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliFailure(`${file}: ${ctx.t.fileError(code)}`);
  }
}

function readTextFile<T>(
  ctx: CliContext,
  file: string,
  parse: (text: string) => { value: T; problems: ParseProblem[] },
): T {
  const decoded = decodeUtf8(readNamedFile(ctx, file), file);
  if (hasFatal(decoded.problems))
    throw new CliFailure(decoded.problems.map(formatProblem).join('\n'));
  const { value, problems } = parse(decoded.value);
  reportProblems(ctx, file, problems);
  return value;
}

/**
 * A press release as text or as PDF: a PDF is read the way the importers read it
 * (store/pdf-input.ts: pages to text lines, wrapped lines joined), so `line` is the line of that
 * text and `pageOf(line)` the PDF page it starts on; null for a text file. A PDF that cannot be
 * read (encrypted, damaged, no text layer) stops the command with "FILE: reason" (exit 1).
 */
async function readTextOrPdf<T>(
  ctx: CliContext,
  file: string,
  parse: (text: string) => { value: T; problems: ParseProblem[] },
): Promise<{ value: T; pageOf: (line: number) => number | null }> {
  const bytes = new Uint8Array(readNamedFile(ctx, file));
  const { readPdfInput } = await import('../../store/pdf-input.js');
  const pdf = await readPdfInput(file, bytes);
  if (pdf === null) return { value: readTextFile(ctx, file, parse), pageOf: () => null };
  if ('report' in pdf) {
    const why = (pdf.report.problems ?? []).map((p) => p.message).join('; ');
    throw new CliFailure(`${file}: ${why || 'not a readable PDF'}`);
  }
  const { value, problems } = parse(new TextDecoder().decode(pdf.bytes));
  reportProblems(ctx, file, problems);
  return { value, pageOf: (line) => pdf.lines[line - 1]?.page ?? null };
}

/** `{ page }` only when the input was a PDF, so the JSON of a text file keeps its exact shape. */
const pageKey = (page: number | null): { page?: number } => (page === null ? {} : { page });

/** "12" for a text file, "12 (p. 3)" for a PDF. */
const lineAndPage = (line: number, pageOf: (line: number) => number | null): string => {
  const page = pageOf(line);
  return page === null ? String(line) : `${line} (p. ${page})`;
};

function reportProblems(ctx: CliContext, file: string, problems: readonly ParseProblem[]): void {
  for (const p of problems) ctx.err(formatProblem(p));
  if (hasFatal(problems)) throw new CliFailure(`${file}: not read`);
}
