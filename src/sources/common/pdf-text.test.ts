import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPdf, buildUnPdf } from './fixtures/build-pdf.js';
import { pageOfLine, readPdfText } from './pdf-text.js';

const slovenia = join(import.meta.dirname, '../../../../shared/data/upr-slovenia-4th-cycle');
const haveSlovenia = existsSync(slovenia);
if (!haveSlovenia)
  console.warn(
    `skipping the real-PDF tests: ${slovenia} is absent (the shared data lives beside the repo)`,
  );

describe('readPdfText on PDFs laid out like ODS documents', () => {
  const symbol = 'A/HRC/59/15/Add.1';
  const pdf = buildUnPdf(symbol, [
    ['Human Rights Council', '3. The Government accepts the following recommendations: 140.7,'],
    ['140.8, 140.9 (Estonia) and the recommendation that continues', 'on this page.'],
    ['II. Noted recommendations', '4. The Government notes 140.10.'],
  ]);

  it('keeps the body, drops the repeated symbol, page numbers and job number', async () => {
    const { value, problems } = await readPdfText('add1.pdf', pdf);
    expect(problems).toEqual([]);
    expect(value.pages).toBe(3);
    const texts = value.lines.map((l) => l.text);
    expect(texts).toContain('140.8, 140.9 (Estonia) and the recommendation that continues');
    expect(texts.filter((t) => t === symbol)).toEqual([]);
    expect(texts).not.toContain('2');
    expect(texts).not.toContain('GE.25-05640 (E)');
    expect(value.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining([symbol, '2', '3', 'GE.25-05640 (E)']),
    );
  });

  it('joins pages without a gap, and each line knows its page', async () => {
    const { value } = await readPdfText('add1.pdf', pdf);
    const lines = value.text.split('\n');
    const broken = lines.indexOf('3. The Government accepts the following recommendations: 140.7,');
    expect(lines[broken + 1]).toBe('140.8, 140.9 (Estonia) and the recommendation that continues');
    expect(pageOfLine(value, broken + 1)).toBe(1);
    expect(pageOfLine(value, broken + 2)).toBe(2);
    expect(pageOfLine(value, lines.indexOf('4. The Government notes 140.10.') + 1)).toBe(3);
  });

  it('rejects what is not a PDF, a broken PDF and one without text, naming the file', async () => {
    const notPdf = await readPdfText('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(notPdf.problems).toMatchObject([
      { file: 'photo.png', code: 'not-pdf', severity: 'fatal' },
    ]);
    const broken = await readPdfText('cut.pdf', new TextEncoder().encode('%PDF-1.4\nnothing else'));
    expect(broken.problems[0]).toMatchObject({ file: 'cut.pdf', severity: 'fatal' });
    const blank = await readPdfText('scan.pdf', buildPdf([{ lines: [] }]));
    expect(blank.problems).toMatchObject([{ code: 'pdf-no-text', severity: 'fatal' }]);
  });

  it('never throws on random or truncated input (1,000 cases)', async () => {
    const base = buildUnPdf('A/HRC/1/1', [['a line'], ['another line']]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: base.length }).map((n) => base.slice(0, n)),
          fc
            .tuple(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 0, max: 255 }))
            .map(([at, byte]) => {
              const copy = base.slice();
              copy[at] = byte;
              return copy;
            }),
          fc
            .uint8Array({ maxLength: 400 })
            .map((junk) => Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...junk])),
        ),
        async (bytes) => {
          const { value, problems } = await readPdfText('fuzz.pdf', bytes);
          for (const p of problems) {
            expect(p.file).toBe('fuzz.pdf');
            expect(p.message.length).toBeGreaterThan(0);
          }
          if (problems.length === 0) expect(value.lines.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  }, 300_000);
});

describe.skipIf(!haveSlovenia)('readPdfText on the UN PDFs of the Slovenia review', () => {
  it('reads the addendum with its lists intact and no running lines', async () => {
    const bytes = new Uint8Array(readFileSync(join(slovenia, 'A_HRC_59_15_Add.1.pdf')));
    const { value, problems } = await readPdfText('A_HRC_59_15_Add.1.pdf', bytes);
    expect(problems).toEqual([]);
    expect(value.pages).toBe(7);
    // Read off the PDF by eye: the full stop for a comma, and section II on page 2.
    expect(value.text).toContain('140.33, 140.34, 140.35. 140.36, 140.39');
    const section = value.lines.findIndex((l) => l.text.startsWith('II. Accepted recommendations'));
    expect(value.lines[section]?.page).toBe(2);
    expect(value.lines.some((l) => l.page > 1 && l.text === 'A/HRC/59/15/Add.1')).toBe(false);
    expect(value.lines.some((l) => /^\d+$/.test(l.text))).toBe(false);
  });

  it('reads every recommendation paragraph of the Working Group report', async () => {
    const bytes = new Uint8Array(readFileSync(join(slovenia, 'A_HRC_59_15.pdf')));
    const { value, problems } = await readPdfText('A_HRC_59_15.pdf', bytes);
    expect(problems).toEqual([]);
    const numbers = new Set([...value.text.matchAll(/^140\.(\d+)\s/gm)].map((m) => Number(m[1])));
    // 140.1 … 140.254, each opening a line of the report
    expect([...numbers].filter((n) => n >= 1 && n <= 254).length).toBe(254);
  });
});
