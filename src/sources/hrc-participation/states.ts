/**
 * States named in running text: "China", "the Russian Federation", "China’s representative",
 * "the Chinese Representative". Names resolve through the reference data (resolveStateArg);
 * adjectives through the short list below, which covers the delegations the texts quote.
 */
import { resolveStateArg } from '../../domain/reference/states-arg.js';

const DEMONYMS: Record<string, string> = {
  chinese: 'CHN',
  russian: 'RUS',
  cuban: 'CUB',
  iranian: 'IRN',
  pakistani: 'PAK',
  venezuelan: 'VEN',
  egyptian: 'EGY',
  syrian: 'SYR',
  saudi: 'SAU',
  american: 'USA',
  us: 'USA',
  british: 'GBR',
  indian: 'IND',
  sri: 'LKA',
  eritrean: 'ERI',
  belarusian: 'BLR',
  nicaraguan: 'NIC',
  vietnamese: 'VNM',
  bahraini: 'BHR',
  turkish: 'TUR',
};

export interface StateMention {
  code: string;
  asPrinted: string;
  at: number;
  end: number;
}

const CAPITALISED = /\b(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:of|the|and|[A-Z][\w’'-]*)){0,5})/g;

/** Every State named in a sentence, in order. */
export function statesIn(text: string): StateMention[] {
  const out: StateMention[] = [];
  const demonym =
    /\b(Chinese|Russian|Cuban|Iranian|Pakistani|Venezuelan|Egyptian|Syrian|Saudi|American|US|British|Indian|Eritrean|Belarusian|Nicaraguan|Vietnamese|Bahraini|Turkish)\s+(?:representative|delegation|delegate|mission|ambassador|diplomat|government)/gi;
  for (let m = demonym.exec(text); m; m = demonym.exec(text)) {
    const code = DEMONYMS[m[1]!.toLowerCase()];
    if (code) out.push({ code, asPrinted: m[0], at: m.index, end: m.index + m[0].length });
  }
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const words = m[1]!.replace(/['’]s$/, '').split(/\s+/);
    // the longest leading run of words that names a State
    for (let n = Math.min(words.length, 6); n >= 1; n--) {
      const phrase = words
        .slice(0, n)
        .join(' ')
        .replace(/['’]s$/, '');
      if (/^(?:of|the|and)$/i.test(words[n - 1]!)) continue;
      const r = resolveStateArg(phrase);
      if (r.ok && phrase.length > 2) {
        const at = m.index + m[0].indexOf(words[0]!);
        if (!out.some((o) => o.at <= at && at < o.end))
          out.push({ code: r.state.code, asPrinted: phrase, at, end: at + phrase.length });
        break;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The State an item of a list names, when the whole item (bar "on behalf of …") is a State. */
export function stateOfItem(item: string): { code: string } | null {
  const name = item
    .replace(/\s*\((?:also\s+)?(?:on\s+behalf\s+of|speaking\s+for)\b.*$/i, '')
    .replace(/\s+(?:on\s+behalf\s+of|speaking\s+for)\b.*$/i, '')
    .trim();
  if (name.length < 3) return null;
  const r = resolveStateArg(name);
  return r.ok ? { code: r.state.code } : null;
}
