/**
 * Turns an HTML page into plain text, one block element a line, and keeps for every text line the
 * source line it started on, so a locator can point into the HTML file the user has.
 */
const BLOCK =
  /^(p|div|br|li|h[1-6]|tr|section|article|header|footer|ul|ol|table|blockquote|title)$/i;
const DROP = /^(script|style|noscript|template|svg|head)$/i;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ocirc: 'ô',
  acirc: 'â',
  iuml: 'ï',
  euml: 'ë',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|p|div|!doctype)[\s>]/i.test(text.slice(0, 4096));
}

export interface HtmlText {
  text: string;
  /** lineMap[i] is the 1-based source line of text line i + 1 */
  lineMap: number[];
}

export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  const lineMap: number[] = [];
  let current = '';
  let currentStart = 1;
  let srcLine = 1;
  let dropDepth = 0;
  const flush = () => {
    const t = decodeEntities(current)
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim();
    if (t) {
      lines.push(t);
      lineMap.push(currentStart);
    }
    current = '';
  };
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const chunk = html.slice(last, m.index);
    if (dropDepth === 0) {
      if (!current.trim()) currentStart = srcLine + countLeadingNewlines(chunk);
      current += chunk;
    }
    srcLine += countNewlines(chunk) + countNewlines(m[0]);
    last = m.index + m[0].length;
    const name = m[2];
    if (!name) continue;
    if (DROP.test(name)) {
      dropDepth = Math.max(0, dropDepth + (m[1] ? -1 : 1));
      continue;
    }
    if (dropDepth === 0 && BLOCK.test(name)) {
      flush();
      currentStart = srcLine;
    }
  }
  if (dropDepth === 0) current += html.slice(last);
  flush();
  return { text: lines.join('\n'), lineMap };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function countLeadingNewlines(s: string): number {
  const lead = /^\s*/.exec(s)?.[0] ?? '';
  return countNewlines(lead);
}
