import { describe, expect, it } from 'vitest';
import { MESSAGES, formatters, rangeText, type Messages } from './i18n';

/** Every key path in a dictionary, with what kind of value it holds. */
function shape(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'object' && v !== null) {
      for (const [p, kind] of shape(v, path)) out.set(p, kind);
    } else out.set(path, typeof v === 'function' ? `function/${v.length}` : typeof v);
  }
  return out;
}

function strings(messages: Messages): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, prefix: string) => {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof v === 'string') out.push([path, v]);
      else if (typeof v === 'function') {
        // call with placeholder arguments: a message must use what it is given
        const args = Array.from({ length: v.length }, (_, i) => `«${i}»`);
        out.push([path, String((v as (...a: string[]) => unknown)(...args))]);
      } else if (typeof v === 'object' && v !== null) walk(v, path);
    }
  };
  walk(messages, '');
  return out;
}

// Flag arguments that pick between two wordings (not printed); every other argument must show.
const CHOOSING = new Set<string>([
  'hrc.alignmentBasis «2»',
  'hrc.alignmentBasis «4»',
  'hrc.agreementCounted «0»',
]);

describe('i18n dictionary', () => {
  it('has every English key in Chinese, with the same kind of value, and no extra key', () => {
    expect([...shape(MESSAGES.zh).entries()].sort()).toEqual(
      [...shape(MESSAGES.en).entries()].sort(),
    );
  });

  it('has no empty message, and every message uses all of its arguments', () => {
    const missing: string[] = [];
    for (const lang of ['en', 'zh'] as const) {
      for (const [path, text] of strings(MESSAGES[lang])) {
        expect(text.trim(), `${lang}.${path}`).not.toBe('');
        const fn = path
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], MESSAGES[lang]);
        if (typeof fn === 'function') {
          for (let i = 0; i < fn.length; i++)
            if (!text.includes(`«${i}»`) && !CHOOSING.has(`${path} «${i}»`))
              missing.push(`${lang}.${path} «${i}»`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('says "1 year" but "2 years" in English', () => {
    expect(MESSAGES.en.yearsOption('1')).toBe('1 year');
    expect(MESSAGES.en.yearsOption('2')).toBe('2 years');
    expect(MESSAGES.en.votesTotal('1,000')).toBe('1,000 recorded votes');
  });

  it('translates the texts a reader sees first', () => {
    expect(MESSAGES.zh.nav.questions).not.toBe(MESSAGES.en.nav.questions);
    expect(MESSAGES.en.sampleBanner).toBe(
      'Sample data — fictional organisations, for trying the app',
    );
    expect(MESSAGES.zh.sampleBanner).toBe('示例数据——组织均为虚构，仅供试用');
  });
});

describe('formatters', () => {
  it('formats shares as percentages with one decimal in both languages', () => {
    expect(formatters('en').percent(0.12345)).toBe('12.3%');
    expect(formatters('zh').percent(0.5)).toBe('50.0%');
  });

  it('formats whole numbers with the language’s grouping', () => {
    expect(formatters('en').number(12345)).toBe('12,345');
    expect(formatters('zh').number(12345)).toBe('12,345');
  });

  it('writes ISO dates in words, keeps a bare year, and never shifts the day', () => {
    expect(formatters('en').date('2019-01-21')).toBe('21 Jan 2019');
    expect(formatters('zh').date('2019-01-21')).toBe('2019年1月21日');
    expect(formatters('en').date('2019')).toBe('2019');
    expect(formatters('en').date(null)).toBe('—');
  });

  it('describes year ranges', () => {
    expect(rangeText(MESSAGES.en, null, null)).toBe('all years');
    expect(rangeText(MESSAGES.en, 2015, 2020)).toBe('2015–2020');
    expect(rangeText(MESSAGES.zh, 2018, 2018)).toBe('2018 年');
  });
});
