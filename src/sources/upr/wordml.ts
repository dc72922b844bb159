/**
 * What the matrices need of WordprocessingML (word/document.xml): the body's paragraphs and
 * tables in document order, each table as rows of cells of paragraphs of plain text. Text is
 * w:t; w:tab and w:br become spaces and line breaks. A table nested in a cell is flattened into
 * that cell's paragraphs. Not an XML parser: a tag scanner that never throws on bad markup.
 */

export interface WordTable {
  rows: WordRow[];
}
export interface WordRow {
  cells: WordCell[];
}
export interface WordCell {
  paragraphs: string[];
  /** w:gridSpan, 1 when absent */
  span: number;
}
export type WordBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; table: WordTable };

const TAG = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>/g;

export function readWordDocument(xml: string): WordBlock[] {
  const blocks: WordBlock[] = [];
  let tableDepth = 0;
  let table: WordTable | null = null;
  let row: WordRow | null = null;
  let cell: WordCell | null = null;
  let paragraph: string | null = null;
  let inText = false;
  let last = 0;

  const endParagraph = (): void => {
    if (paragraph === null) return;
    const text = paragraph
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (cell !== null) cell.paragraphs.push(text);
    else if (tableDepth === 0) blocks.push({ kind: 'paragraph', text });
    paragraph = null;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    if (inText && paragraph !== null) paragraph += decodeXmlText(xml.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const selfClosing = m[5] === '/';
    const name = m[3]!;
    const attrs = m[4] ?? '';
    switch (name) {
      case 't':
        inText = !closing && !selfClosing;
        break;
      case 'tab':
        if (!closing && paragraph !== null) paragraph += ' ';
        break;
      case 'br':
      case 'cr':
        if (!closing && paragraph !== null) paragraph += '\n';
        break;
      case 'p':
        if (closing) endParagraph();
        else if (!selfClosing) {
          endParagraph();
          paragraph = '';
        } else if (cell !== null) cell.paragraphs.push('');
        break;
      case 'tbl':
        if (!closing) {
          tableDepth++;
          if (tableDepth === 1) table = { rows: [] };
        } else if (tableDepth > 0) {
          tableDepth--;
          if (tableDepth === 0 && table !== null) {
            blocks.push({ kind: 'table', table });
            table = null;
            row = null;
            cell = null;
          }
        }
        break;
      case 'tr':
        if (tableDepth === 1 && table !== null) {
          if (!closing) {
            row = { cells: [] };
            table.rows.push(row);
          } else row = null;
        }
        break;
      case 'tc':
        if (tableDepth === 1 && row !== null) {
          if (!closing) {
            cell = { paragraphs: [], span: 1 };
            row.cells.push(cell);
          } else {
            endParagraph();
            cell = null;
          }
        }
        break;
      case 'gridSpan':
        if (tableDepth === 1 && cell !== null) {
          const v = /\bw?:?val="(\d+)"/.exec(attrs);
          if (v) cell.span = Math.max(1, Math.min(64, Number(v[1])));
        }
        break;
      default:
        break;
    }
  }
  endParagraph();
  if (table !== null) blocks.push({ kind: 'table', table });
  return blocks;
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, dec?: string, hex?: string, named?: string) => {
    if (named !== undefined) return NAMED[named] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
