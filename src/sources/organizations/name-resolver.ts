import { normalizeOrgName } from '../ngo-committee/org-names.js';

/*
 * From an organisation's name as a document writes it to one organisation of the registry, or to
 * a plain "cannot say". Pure: the caller passes the registry's names (canonical names, the NGO
 * Committee's aliases and name changes, editors' English and Chinese aliases and abbreviations)
 * and keeps the index as long as those do not change. Used by the organisation registry
 * (issue 14), the Council participation importer (speakers stored by name + key) and the CLI.
 *
 * A written name matches, in this order, the first way that finds anything:
 *  1. its key (normalizeOrgName: case, accents, punctuation, quotes, "&"/"and", a leading "The",
 *     legal forms, British/American spelling) equals the key of a name or alias;
 *  2. the same with spaces removed ("Kirch en" / "Kirchen", "中国 人权 研究会");
 *  3. a name followed by its abbreviation in brackets ("Human Rights Watch (HRW)") is tried as
 *     the name without the bracket (steps 1-2);
 *  4. a single word (or the bracket of step 3) is tried as an abbreviation: one registered as
 *     such, then the initials of a name's significant words ("International Service for Human
 *     Rights" → ISHR).
 * Every step that finds two or more organisations stops with `ambiguous` and the candidates: an
 * abbreviation such as "ICJ" stands for several bodies and is never resolved by a guess.
 */

export type NameKind = 'name' | 'alias' | 'abbreviation';

export interface RegistryName {
  organizationId: number;
  name: string;
  /** 'abbreviation' marks a name that is only an abbreviation ("ISHR"); others are full names */
  kind?: NameKind;
}

export type MatchedBy = 'key' | 'squashed' | 'abbreviation' | 'initials';

export type NameResolution =
  | { kind: 'found'; organizationId: number; matchedBy: MatchedBy; key: string }
  | { kind: 'ambiguous'; organizationIds: number[]; matchedBy: MatchedBy; key: string }
  | { kind: 'none'; key: string };

export interface OrganizationNameIndex {
  byKey: ReadonlyMap<string, ReadonlySet<number>>;
  bySquashed: ReadonlyMap<string, ReadonlySet<number>>;
  byAbbreviation: ReadonlyMap<string, ReadonlySet<number>>;
  byInitials: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * The key a name is stored and compared under: the NGO Committee module's key, so a speaker
 * stored by key meets the organisation imported from the Committee's lists.
 */
export function organizationNameKey(name: string): string {
  return normalizeOrgName(name);
}

// Words an abbreviation leaves out ("International Service for Human Rights" → ISHR). French and
// Spanish ones too: the UN prints "Fédération internationale des ligues des droits de l'homme".
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'pour',
  'el',
  'los',
  'las',
  'y',
  'por',
  'del',
]);

/** The initials of a key's significant words, or '' when fewer than two (no abbreviation). */
export function initialsOf(key: string): string {
  const words = key.split(' ').filter((w) => w !== '' && !MINOR_WORDS.has(w));
  if (words.length < 2) return '';
  // only Latin-script words have initials worth matching; a Chinese name is one run of characters
  if (!words.every((w) => /^[a-z0-9]/.test(w))) return '';
  return words.map((w) => w[0]).join('');
}

/** An abbreviation's key: letters and digits only, lower-cased ("I.S.H.R." → "ishr"). */
export function abbreviationKey(text: string): string {
  return normalizeOrgName(text).replace(/ /g, '');
}

function add(map: Map<string, Set<number>>, key: string, id: number): void {
  if (key === '') return;
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** "Human Rights Watch (HRW)" → { name: "Human Rights Watch", abbreviation: "HRW" } */
export function splitBracketedAbbreviation(
  written: string,
): { name: string; abbreviation: string } | undefined {
  const m = /^(.*\S)\s*[(（]\s*([\p{L}\p{N}.&\- ]{2,20})\s*[)）]\s*[.,;]?\s*$/u.exec(
    written.trim(),
  );
  if (!m) return undefined;
  const abbreviation = m[2]!.trim();
  // an abbreviation is one word written mostly in capitals ("HRW", "UPR-Info", "FIDH")
  const letters = abbreviation.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  if (/\s/.test(abbreviation) || letters.length < 2 || capitals.length * 2 < letters.length)
    return undefined;
  return { name: m[1]!, abbreviation };
}

export function buildOrganizationNameIndex(names: Iterable<RegistryName>): OrganizationNameIndex {
  const byKey = new Map<string, Set<number>>();
  const bySquashed = new Map<string, Set<number>>();
  const byAbbreviation = new Map<string, Set<number>>();
  const byInitials = new Map<string, Set<number>>();
  for (const n of names) {
    if (n.kind === 'abbreviation') {
      add(byAbbreviation, abbreviationKey(n.name), n.organizationId);
      continue;
    }
    const split = splitBracketedAbbreviation(n.name);
    const key = normalizeOrgName(n.name);
    add(byKey, key, n.organizationId);
    add(bySquashed, key.replace(/ /g, ''), n.organizationId);
    if (split) {
      // a registered "Name (ABBR)" gives both the bare name and the abbreviation
      const bare = normalizeOrgName(split.name);
      add(byKey, bare, n.organizationId);
      add(bySquashed, bare.replace(/ /g, ''), n.organizationId);
      add(byAbbreviation, abbreviationKey(split.abbreviation), n.organizationId);
      add(byInitials, initialsOf(bare), n.organizationId);
    } else add(byInitials, initialsOf(key), n.organizationId);
  }
  return { byKey, bySquashed, byAbbreviation, byInitials };
}

function verdict(
  ids: ReadonlySet<number> | undefined,
  matchedBy: MatchedBy,
  key: string,
): NameResolution | undefined {
  if (!ids || ids.size === 0) return undefined;
  if (ids.size === 1) return { kind: 'found', organizationId: [...ids][0]!, matchedBy, key };
  return { kind: 'ambiguous', organizationIds: [...ids].sort((a, b) => a - b), matchedBy, key };
}

function byFullName(index: OrganizationNameIndex, key: string): NameResolution | undefined {
  return (
    verdict(index.byKey.get(key), 'key', key) ??
    verdict(index.bySquashed.get(key.replace(/ /g, '')), 'squashed', key)
  );
}

function byAbbreviation(index: OrganizationNameIndex, text: string): NameResolution | undefined {
  const key = abbreviationKey(text);
  if (key.length < 2) return undefined;
  return (
    verdict(index.byAbbreviation.get(key), 'abbreviation', key) ??
    verdict(index.byInitials.get(key), 'initials', key)
  );
}

/** The organisation a written name stands for (see the top of this file for the order). */
export function resolveOrganizationName(
  index: OrganizationNameIndex,
  written: string,
): NameResolution {
  const key = normalizeOrgName(written);
  if (key === '') return { kind: 'none', key };
  const direct = byFullName(index, key);
  if (direct) return direct;
  const split = splitBracketedAbbreviation(written);
  if (split) {
    const bare = byFullName(index, normalizeOrgName(split.name));
    if (bare) return bare;
    const abbr = byAbbreviation(index, split.abbreviation);
    if (abbr) return abbr;
  }
  if (!key.includes(' ')) {
    const abbr = byAbbreviation(index, written);
    if (abbr) return abbr;
  }
  return { kind: 'none', key };
}
