import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from './html-text.js';

describe('htmlToText', () => {
  const html = [
    '<html><head><title>t</title><style>p { color: red }</style></head>',
    '<body><h1>Committee on NGOs</h1>',
    '<p>First paragraph',
    'continues here.</p>',
    '<script>var x = "<p>not text</p>";</script>',
    '<p>Org&nbsp;Name (Kenya) &#8212; as China&rsquo;s representative asked &amp; asked.</p>',
    '</body></html>',
  ].join('\n');

  it('gives one line per block with the HTML line it started on', () => {
    const { text, lineMap } = htmlToText(html);
    expect(text.split('\n')).toEqual([
      'Committee on NGOs',
      'First paragraph continues here.',
      'Org Name (Kenya) — as China’s representative asked & asked.',
    ]);
    expect(lineMap).toEqual([2, 3, 6]);
  });

  it('drops scripts, styles and the head', () => {
    expect(htmlToText(html).text).not.toMatch(/not text|color|^t$/m);
  });

  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&eacute;&#x2019;&#39;&bogus;')).toBe("é’'&bogus;");
  });

  it('tells HTML from a plain-text release', () => {
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml('url: https://press.un.org/en/2016/ecosoc6731.doc.htm\n---\nText')).toBe(
      false,
    );
  });
});
