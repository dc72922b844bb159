import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { NON_STATE_NAMES } from './states-data.js';
import {
  SEAT_SUCCESSIONS,
  STATES,
  canonicalStateCode,
  nonStateReason,
  resolveState,
  resolveStateOn,
  stateByCode,
  stateKey,
  stateKeys,
  type RegionalGroup,
} from './states.js';

countries.registerLocale(en);
countries.registerLocale(zh);

const members = STATES.filter((s) => s.kind === 'member');
const inGroup = (group: RegionalGroup) => members.filter((s) => s.group === group);
const codes = (list: readonly { code: string }[]) => list.map((s) => s.code).sort();

describe('the UN membership', () => {
  it('has 193 Member States and the two observer States', () => {
    expect(members).toHaveLength(193);
    expect(codes(STATES.filter((s) => s.kind === 'observer'))).toEqual(['PSE', 'VAT']);
    expect(new Set(STATES.map((s) => s.code)).size).toBe(STATES.length);
  });

  it('puts each Member in the regional group it sits in for elections', () => {
    expect(inGroup('African')).toHaveLength(54);
    // 54 since Kiribati joined in 2010; Cyprus sits here, Türkiye (also a participant) does not
    expect(inGroup('Asia-Pacific')).toHaveLength(54);
    expect(inGroup('GRULAC')).toHaveLength(33);
    // 28 members, plus the United States, which attends as an observer and is counted with WEOG
    expect(inGroup('WEOG')).toHaveLength(29);
    expect(inGroup('WEOG').filter((s) => s.code !== 'USA')).toHaveLength(28);
    expect(inGroup('none')).toHaveLength(0);
    for (const [code, group] of [
      ['TUR', 'WEOG'],
      ['ISR', 'WEOG'],
      ['USA', 'WEOG'],
      ['AUS', 'WEOG'],
      ['NZL', 'WEOG'],
      ['KIR', 'Asia-Pacific'],
      ['CYP', 'Asia-Pacific'],
      ['KAZ', 'Asia-Pacific'],
      ['SAU', 'Asia-Pacific'],
      ['EGY', 'African'],
      ['MAR', 'African'],
      ['GUY', 'GRULAC'],
      ['VAT', 'none'],
      ['PSE', 'Asia-Pacific'],
    ] as const) {
      expect(stateByCode(code)?.group, code).toBe(group);
    }
  });

  it('lists the Eastern European and WEOG members by name', () => {
    expect(codes(inGroup('EEG'))).toEqual(
      [
        ...['ALB', 'ARM', 'AZE', 'BLR', 'BIH', 'BGR', 'HRV', 'CZE', 'EST', 'GEO', 'HUN', 'LVA'],
        ...['LTU', 'MNE', 'MKD', 'POL', 'MDA', 'ROU', 'RUS', 'SRB', 'SVK', 'SVN', 'UKR'],
      ].sort(),
    );
    expect(codes(inGroup('WEOG'))).toEqual(
      [
        ...['AND', 'AUS', 'AUT', 'BEL', 'CAN', 'DNK', 'FIN', 'FRA', 'DEU', 'GRC', 'ISL', 'IRL'],
        ...['ISR', 'ITA', 'LIE', 'LUX', 'MLT', 'MCO', 'NLD', 'NZL', 'NOR', 'PRT', 'SMR', 'ESP'],
        ...['SWE', 'CHE', 'TUR', 'GBR', 'USA'],
      ].sort(),
    );
  });

  it('uses the UN English short names as printed today', () => {
    const expected: Record<string, string> = {
      BOL: 'Bolivia (Plurinational State of)',
      IRN: 'Iran (Islamic Republic of)',
      VEN: 'Venezuela (Bolivarian Republic of)',
      GBR: 'United Kingdom of Great Britain and Northern Ireland',
      USA: 'United States of America',
      KOR: 'Republic of Korea',
      PRK: "Democratic People's Republic of Korea",
      RUS: 'Russian Federation',
      TUR: 'Türkiye',
      VNM: 'Viet Nam',
      LAO: "Lao People's Democratic Republic",
      SYR: 'Syrian Arab Republic',
      MDA: 'Republic of Moldova',
      TZA: 'United Republic of Tanzania',
      CIV: "Côte d'Ivoire",
      CZE: 'Czechia',
      MKD: 'North Macedonia',
      SWZ: 'Eswatini',
      CPV: 'Cabo Verde',
      FSM: 'Micronesia (Federated States of)',
      NLD: 'Netherlands (Kingdom of the)',
      COD: 'Democratic Republic of the Congo',
      COG: 'Congo',
      GMB: 'Gambia',
      BHS: 'Bahamas',
      BRN: 'Brunei Darussalam',
      TLS: 'Timor-Leste',
      MMR: 'Myanmar',
      VAT: 'Holy See',
      PSE: 'State of Palestine',
    };
    for (const [code, name] of Object.entries(expected)) {
      expect(stateByCode(code)?.nameEn, code).toBe(name);
    }
  });

  it('uses the UN Chinese short names', () => {
    const expected: Record<string, string> = {
      USA: '美利坚合众国',
      GBR: '大不列颠及北爱尔兰联合王国',
      RUS: '俄罗斯联邦',
      CHN: '中国',
      KOR: '大韩民国',
      PRK: '朝鲜民主主义人民共和国',
      IRN: '伊朗伊斯兰共和国',
      SYR: '阿拉伯叙利亚共和国',
      BOL: '多民族玻利维亚国',
      VEN: '委内瑞拉玻利瓦尔共和国',
      TZA: '坦桑尼亚联合共和国',
      MDA: '摩尔多瓦共和国',
      LAO: '老挝人民民主共和国',
      COD: '刚果民主共和国',
      VAT: '教廷',
      PSE: '巴勒斯坦国',
    };
    for (const [code, name] of Object.entries(expected)) {
      expect(stateByCode(code)?.nameZh, code).toBe(name);
    }
  });
});

describe('agreement with ISO 3166-1 (i18n-iso-countries)', () => {
  const current = STATES.filter((s) => s.kind !== 'historical');

  it('codes every Member and observer with its ISO alpha-3 code', () => {
    for (const s of current) expect(countries.isValid(s.code), s.code).toBe(true);
    // former states keep codes no current ISO country uses
    for (const s of STATES.filter((x) => x.kind === 'historical')) {
      expect(countries.isValid(s.code), s.code).toBe(false);
    }
  });

  it("resolves each ISO English and Chinese name to that code's state", () => {
    // i18n-iso-countries also gives bare "Congo" for the Democratic Republic; the UN's "Congo"
    // is the Republic of the Congo.
    const ambiguous = new Set(['Congo']);
    for (const s of current) {
      for (const name of countries.getName(s.code, 'en', { select: 'all' }) ?? []) {
        if (!ambiguous.has(name)) expect(resolveState(name), `${s.code} ${name}`).toBe(s.code);
      }
      const zhName = countries.getName(s.code, 'zh');
      expect(zhName, s.code).toBeTruthy();
      expect(resolveState(zhName!), `${s.code} ${zhName}`).toBe(s.code);
    }
  });
});

describe('resolveState', () => {
  it('maps every name of every state to that state', () => {
    for (const s of STATES) {
      for (const name of [s.nameEn, s.nameZh, ...s.variants, ...s.variantsZh]) {
        expect(resolveState(name), name).toBe(s.code);
      }
    }
  });

  it('maps the variants the UN, its press releases and datasets print', () => {
    const cases: [string, string][] = [
      ['Turkey', 'TUR'],
      ['Türkiye', 'TUR'],
      ['Turkiye', 'TUR'],
      ['TÜRKIYE', 'TUR'],
      ['Russia', 'RUS'],
      ['Vietnam', 'VNM'],
      ['Viet Nam', 'VNM'],
      ["Cote d'Ivoire", 'CIV'],
      ['Côte d’Ivoire', 'CIV'],
      ["Cote D'Ivoire", 'CIV'],
      ['Ivory Coast', 'CIV'],
      ['Iran', 'IRN'],
      ['Islamic Republic of Iran', 'IRN'],
      ['Syria', 'SYR'],
      ['Venezuela', 'VEN'],
      ['Bolivia', 'BOL'],
      ['Tanzania', 'TZA'],
      ['Moldova', 'MDA'],
      ['Laos', 'LAO'],
      ['North Korea', 'PRK'],
      ['DPRK', 'PRK'],
      ['DPR Korea', 'PRK'],
      ['Democratic People’s Republic of Korea', 'PRK'],
      ['South Korea', 'KOR'],
      ['Korea, Republic of', 'KOR'],
      ['Czech Republic', 'CZE'],
      ['The former Yugoslav Republic of Macedonia', 'MKD'],
      ['Macedonia FYR', 'MKD'],
      ['Swaziland', 'SWZ'],
      ['Cape Verde', 'CPV'],
      ['Burma', 'MMR'],
      ['Myanmar (Burma)', 'MMR'],
      ['Zaire', 'COD'],
      ['Holy See', 'VAT'],
      ['Vatican', 'VAT'],
      ['Palestine', 'PSE'],
      ['State of Palestine', 'PSE'],
      ['United States', 'USA'],
      ['United States of America.', 'USA'],
      ['UK', 'GBR'],
      ['United Kingdom', 'GBR'],
      ['Micronesia', 'FSM'],
      ['Netherlands', 'NLD'],
      ['The Netherlands', 'NLD'],
      ['Brunei', 'BRN'],
      ['Gambia (Republic of The)', 'GMB'],
      ['The Gambia', 'GMB'],
      ['Congo (Brazzaville)', 'COG'],
      ['Congo - Brazzaville', 'COG'],
      ['Republic of the Congo', 'COG'],
      ['Republic of Congo', 'COG'],
      ['DR Congo', 'COD'],
      ['Democratic Republic of Congo', 'COD'],
      ['Congo - Kinshasa', 'COD'],
      ['Saint Kitts and Nevis', 'KNA'],
      ['St. Kitts', 'KNA'],
      ['St. Kitts & Nevis', 'KNA'],
      ['St Kitts & Nevis', 'KNA'],
      ['Saint Vincent and the Grenadines', 'VCT'],
      ['St. Vincent & Grenadines', 'VCT'],
      ['St. Lucia', 'LCA'],
      ['Sao Tome and Principe', 'STP'],
      ['São Tomé & Príncipe', 'STP'],
      ['Timor Leste', 'TLS'],
      ['East Timor', 'TLS'],
      ['Antigua & Barbuda', 'ATG'],
      ['Bosnia & Herzegovina', 'BIH'],
      ['Guinea Bissau', 'GNB'],
      ['the Sudan', 'SDN'],
      ['Kyrgyzstan.', 'KGZ'],
      ['China ’s', 'CHN'],
      ['Germany, Federal Republic Of', 'DEU'],
      ['Ussr', 'SUN'],
      ['Yemen Arab Republic', 'YAR'],
      ["Yemen People's Republic", 'YMD'],
      ['Democratic Yemen', 'YMD'],
      ['Serbia and Montenegro', 'SCG'],
      ['Czechoslovakia', 'CSK'],
      ['German Democratic Republic', 'DDR'],
      ['Zanzibar', 'ZAN'],
      ['Tanganyika', 'TZA'],
      ['Byelorussian SSR', 'BLR'],
      ['Upper Volta', 'BFA'],
      ['Ceylon', 'LKA'],
      ['美国', 'USA'],
      ['英国', 'GBR'],
      ['俄罗斯', 'RUS'],
      ['刚果（金）', 'COD'],
      ['刚果（布）', 'COG'],
    ];
    for (const [printed, code] of cases) expect(resolveState(printed), printed).toBe(code);
  });

  it('does not guess at names that are not states or are ambiguous', () => {
    for (const printed of [
      '',
      'EU',
      'European Union',
      'Korea',
      'Taiwan',
      'African Group',
      'Chair',
    ]) {
      expect(resolveState(printed), printed).toBeUndefined();
    }
    expect(resolveState('Dominica')).toBe('DMA');
    expect(resolveState('Dominican Republic')).toBe('DOM');
    expect(resolveState('Niger')).toBe('NER');
    expect(resolveState('Guinea')).toBe('GIN');
    expect(resolveState('Sudan')).not.toBe(resolveState('South Sudan'));
  });

  it('folds case, marks, quotes, "&", "St." and a leading "the"', () => {
    expect(stateKey('  The  Côte d’Ivoire ’s ')).toBe('cote d ivoire');
    expect(stateKey('St. Kitts & Nevis')).toBe('saint kitts and nevis');
    expect(stateKey('TÜRKİYE')).toBe(stateKey('Turkiye'));
    expect(stateKey('刚果（金）')).toBe('刚果 金');
    // no two states share a folded name (the module refuses to load otherwise)
    const perCode = new Map<string, number>();
    for (const code of stateKeys().values()) perCode.set(code, (perCode.get(code) ?? 0) + 1);
    expect(perCode.size).toBe(STATES.length);
  });

  // Its speed (300,000 lookups against a plain Map) is measured by `npm run bench`
  // (bench/parsers.ts); a test never asserts wall-clock time (issue 8).
  it('resolves every name it lists, again and again (the memo keeps answers right)', () => {
    const names = STATES.flatMap((s) => [s.nameEn, ...s.variants]);
    let found = 0;
    for (let i = 0; i < 30_000; i++) if (resolveState(names[i % names.length]!)) found++;
    expect(found).toBe(30_000);
  });
});

describe('resolveStateOn', () => {
  it('reads a name as the seat it stood for on the date', () => {
    expect(resolveStateOn('Yemen', '1980-12-01')).toBe('YAR');
    expect(resolveStateOn('Yemen', '1991-12-01')).toBe('YEM');
    expect(resolveStateOn('Russia', '1960-10-01')).toBe('SUN');
    expect(resolveStateOn('Russian Federation', '1992-01-10')).toBe('RUS');
    expect(resolveStateOn('USSR', '1991-12-30')).toBe('RUS');
    expect(resolveStateOn('Yugoslavia', '1975-11-01')).toBe('YUG');
    expect(resolveStateOn('Yugoslavia', '2001-12-01')).toBe('SCG');
    expect(resolveStateOn('Yugoslavia', '2010-12-01')).toBe('SRB');
    expect(resolveStateOn('Serbia and Montenegro', '2004-12-01')).toBe('SCG');
    expect(resolveStateOn('Zanzibar', '1963-12-16')).toBe('ZAN');
    expect(resolveStateOn('China', '1950-01-01')).toBe('CHN');
    expect(resolveStateOn('Atlantis', '1950-01-01')).toBeUndefined();
  });

  it('only hands a seat between states it knows, forward in time', () => {
    for (const rule of SEAT_SUCCESSIONS) {
      expect(stateByCode(rule.code), rule.code).toBeDefined();
      expect(stateByCode(rule.to), rule.to).toBeDefined();
      if (rule.from && rule.until) expect(rule.from < rule.until).toBe(true);
    }
  });
});

describe('codes and non-state names', () => {
  it('maps dataset codes to ours', () => {
    expect(canonicalStateCode('GER')).toBe('DEU');
    expect(canonicalStateCode('deu')).toBe('DEU');
    expect(canonicalStateCode('ROM')).toBe('ROU');
    expect(canonicalStateCode('SUN')).toBe('SUN');
    expect(canonicalStateCode('XXX')).toBeUndefined();
  });

  it('explains the names it leaves unresolved on purpose', () => {
    for (const name of Object.keys(NON_STATE_NAMES)) {
      expect(resolveState(name), name).toBeUndefined();
      expect(nonStateReason(name), name).toMatch(/\w{10}/);
    }
    expect(nonStateReason('France')).toBeUndefined();
  });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      row.push(field);
      field = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Records of a CSV (optionally gzipped) in the shared data, or undefined when it is absent. */
function sharedCsv(...parts: string[]): Record<string, string>[] | undefined {
  const file = sharedPath(...parts);
  if (!file || !existsSync(file)) return undefined;
  const raw = readFileSync(file);
  const [header, ...rows] = parseCsv((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString());
  return rows
    .filter((r) => r.length === header!.length)
    .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

describe('every state name in the shared datasets', () => {
  /** Distinct names that neither resolve nor are a documented non-state entry. */
  const unresolved = (names: Iterable<string>) =>
    [...new Set(names)].filter((n) => n.trim() !== '' && !resolveState(n) && !nonStateReason(n));
  const groupOf: Record<string, RegionalGroup> = {
    AFRICAN: 'African',
    ASIA_PACIFIC: 'Asia-Pacific',
    Africa: 'African',
    Asia: 'Asia-Pacific',
    EEG: 'EEG',
    GRULAC: 'GRULAC',
    WEOG: 'WEOG',
  };

  it('hrc-voting: names resolve to the row’s code and group', (ctx) => {
    const rows = sharedCsv('hrc-voting', 'votes_long.csv.gz');
    if (!rows) return ctx.skip(SHARED_DATA_SKIP_REASON);
    expect(unresolved(rows.map((r) => r.country!))).toEqual([]);
    const disagree = new Set<string>();
    for (const r of rows) {
      const code = resolveState(r.country!)!;
      if (canonicalStateCode(r.iso3!) !== code) disagree.add(`${r.country} ${r.iso3} → ${code}`);
      const group = groupOf[r.un_regional_group!];
      if (group && stateByCode(code)!.group !== group) disagree.add(`${r.country} ${group}`);
    }
    expect([...disagree]).toEqual([]);
  });

  it('ecosoc-ngo-committee-decisions: every roll-call voter resolves', (ctx) => {
    const rows = sharedCsv('ecosoc-ngo-committee-decisions', '8_roll_call_votes_filled.csv');
    if (!rows) return ctx.skip(SHARED_DATA_SKIP_REASON);
    expect(unresolved(rows.map((r) => r.Country!))).toEqual([]);
  });

  it('upr-info: every State under review and recommending State resolves, in its group', (ctx) => {
    const rows = sharedCsv(
      'upr-info-sessions-1-20',
      'upr_info_recommendations_sessions_1-20.csv.gz',
    );
    if (!rows) return ctx.skip(SHARED_DATA_SKIP_REASON);
    expect(unresolved(rows.flatMap((r) => [r.To!, r.From!]))).toEqual([]);
    const disagree = new Set<string>();
    for (const r of rows) {
      for (const [name, printedGroup] of [
        [r.To!, r['To-Rgrp']!],
        [r.From!, r['From-Rgrp']!],
      ] as const) {
        const code = resolveState(name);
        const group = groupOf[printedGroup];
        // UPR Info files the two observer States under "Observer"
        if (code && group && stateByCode(code)!.group !== group) disagree.add(`${name} ${group}`);
      }
    }
    expect([...disagree]).toEqual([]);
  });

  it('unga-rollcall-unvotes: names resolve to the row’s ISO alpha-2 code', (ctx) => {
    const rows = sharedCsv('unga-rollcall-unvotes', 'un_votes.csv.gz');
    if (!rows) return ctx.skip(SHARED_DATA_SKIP_REASON);
    const pairs = new Map(rows.map((r) => [r.country!, r.country_code!]));
    expect(unresolved(pairs.keys())).toEqual([]);
    // withdrawn alpha-2 codes of former states, as the dataset uses them
    const formerAlpha2: Record<string, string> = { CS: 'CSK', YU: 'YUG', DD: 'DDR', YD: 'YMD' };
    const disagree: string[] = [];
    for (const [name, alpha2] of pairs) {
      const code = resolveState(name);
      if (!code || alpha2 === '') continue; // no code given: FRG, Yemen Arab Republic, Zanzibar
      const expected = formerAlpha2[alpha2] ?? countries.alpha2ToAlpha3(alpha2);
      if (expected !== code) disagree.push(`${name} ${alpha2} → ${code}`);
    }
    expect(disagree).toEqual([]);
  });
});
