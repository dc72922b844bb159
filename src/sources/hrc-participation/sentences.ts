/**
 * Sentences of a text with the file line each starts on. Press releases print a paragraph a line;
 * PDF and mirrored copies break lines inside sentences, so a line that does not end a sentence and
 * is followed by one starting in lower case (or runs to the page width) is joined to it. A heading ("AFTERNOON", "Item 3: …")
 * stays its own sentence.
 */
export interface TextSentence {
  text: string;
  /** 1-based file line the sentence starts on */
  line: number;
  /** index of the paragraph (joined lines) it belongs to */
  paragraph: number;
}

// words whose full stop does not end a sentence
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Inc|Ltd|Co|Corp|Jr|Sr|Rev|Amb|Gen|Vol|para|paras|e\.V|U\.S|U\.N|i\.e|e\.g|vs|etc)|\b[A-Z])\.$/;

export function sentencesOf(body: string, bodyStartLine: number): TextSentence[] {
  const lines = body.split(/\r\n|\r|\n/);
  const paragraphs: { text: string; starts: { at: number; line: number }[] }[] = [];
  let current: { text: string; starts: { at: number; line: number }[] } | null = null;
  lines.forEach((raw, i) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    const line = bodyStartLine + i;
    if (text === '') {
      current = null;
      return;
    }
    const prev: { text: string; starts: { at: number; line: number }[] } | null = current;
    const joins =
      prev !== null &&
      !/[.:;?!"”’)]$/.test(prev.text) &&
      (/^[a-z]/.test(text) ||
        /(?:,| and| or| of| the| for| on)$/.test(prev.text) ||
        // a line of a report wrapped at the page width, not a heading or a new list item
        (prev.text.length >= 60 && !/^(?:\([a-z]{1,3}\)|\d{1,3}\.)\s/.test(text)));
    if (prev !== null && joins) {
      prev.starts.push({ at: prev.text.length + 1, line });
      prev.text += ' ' + text;
      return;
    }
    current = { text, starts: [{ at: 0, line }] };
    paragraphs.push(current);
  });

  const out: TextSentence[] = [];
  paragraphs.forEach((p, index) => {
    const lineAt = (at: number) => {
      let line = p.starts[0]!.line;
      for (const s of p.starts) if (s.at <= at) line = s.line;
      return line;
    };
    let start = 0;
    const re = /[.?!]+["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const before = p.text.slice(start, m.index + m[0].trimEnd().length);
      if (ABBREVIATION.test(before.replace(/["”’)]$/, ''))) continue;
      push(before, start);
      start = m.index + m[0].length;
    }
    push(p.text.slice(start), start);
    function push(text: string, at: number) {
      const t = text.trim();
      if (t !== '') out.push({ text: t, line: lineAt(at), paragraph: index });
    }
  });
  return out;
}
