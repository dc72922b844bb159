/**
 * Coordinated messaging (issue 14): clusters of near-duplicate statements delivered at the Council,
 * each with its members and the passages they share. Pure: statements in, clusters out; the same
 * input and seed give the same clusters, in the same order.
 *
 * Method (docs/participation-clusters.md), linear in the number of statements:
 * 1. Words: lower-cased letters and digits (a Han character is a word of its own, so Chinese text
 *    clusters too); function words ("the", "of", "we"…) dropped, since a paraphrase adds and
 *    removes them freely.
 * 2. Features: each remaining word and each pair of consecutive remaining words, hashed to 32 bits.
 *    Single words survive reordering and "translated and back" word order; pairs keep some order.
 * 3. Features found in more than a small share of all statements are dropped (document frequency
 *    counted in a fixed-size table): the Council's boilerplate ("thank you, Mr. President") says
 *    nothing about coordination and would put every statement in one bucket.
 * 4. MinHash signature by one-permutation hashing (one hash per feature, `bands × rows` bins, the
 *    minimum per bin; an empty bin borrows from the next non-empty one), then LSH banding: two
 *    statements become a candidate pair when all `rows` values of one band agree.
 * 5. Each candidate pair is checked on its exact Jaccard similarity of features; pairs at or above
 *    `threshold` are joined (union-find) into clusters.
 * 6. Shared passages: the longest runs of words (stop words kept, as said) that a cluster's first
 *    member shares with the others, cut from the first member's text.
 */

export interface StatementInput {
  id: string;
  organization: string;
  session: string;
  text: string;
  lang?: string;
}

export interface ClusterOptions {
  /** seed of every hash (fixed: the same clusters on every run) */
  seed?: number;
  /** a feature in at most this many statements is rare: the statements sharing it are compared */
  rareDocFreq?: number;
  /** candidates share at least this many rare features */
  minShared?: number;
  /** the Jaccard similarity of features at which two statements are near-duplicates */
  threshold?: number;
  /** features in more than this share of the statements are dropped (at least `minDocFreqCap`) */
  maxDocFreqShare?: number;
  minDocFreqCap?: number;
  /** a bucket larger than this holds boilerplate, not a campaign: its pairs are not compared */
  maxBucket?: number;
  /** clusters spoken by fewer organisations are left out (2: coordination needs two voices) */
  minOrganizations?: number;
  /** the shortest shared passage reported, in words */
  minPassageWords?: number;
  maxPassages?: number;
}

export const DEFAULT_CLUSTER_OPTIONS: Required<ClusterOptions> = {
  seed: 0x5eed_c0de,
  rareDocFreq: 8,
  minShared: 2,
  threshold: 0.08,
  maxDocFreqShare: 0.002,
  minDocFreqCap: 50,
  maxBucket: 200,
  minOrganizations: 2,
  minPassageWords: 6,
  maxPassages: 5,
};

export interface SharedPassage {
  /** the words as the cluster's first member said them */
  text: string;
  words: number;
  /** the members that say it (the first member and each other it was found in) */
  memberIds: string[];
}

export interface StatementCluster {
  members: { id: string; organization: string; session: string }[];
  organizations: string[];
  /** the Jaccard similarity of the pairs that joined the cluster */
  similarity: { min: number; max: number };
  passages: SharedPassage[];
}

const STOP_WORDS = new Set(
  (
    'a an the of and or but to in on at by for from with as is are was were be been being this ' +
    'that these those it its we our us you your they their them he she his her i my me not no ' +
    'all any also has have had do does did will would shall should can could may might must ' +
    'which who whom whose what when where how than then there here so such very more most into ' +
    'about over under against between through during before after above below up down out off ' +
    'again further once only own same too just mr ms madam president thank'
  ).split(' '),
);

/** Words of a text with where each starts and ends (for cutting passages from the text). */
const WORD = /\p{Script=Han}|[\p{L}\p{N}\p{M}]+/gu;

/** 32-bit mix (murmur3's finaliser) of a value with a seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a string: a word's identity, before seeding. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface Tokens {
  hashes: number[];
  starts: number[];
  ends: number[];
}

function tokenize(text: string, withOffsets: boolean): Tokens {
  const hashes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    hashes.push(STOP_WORDS.has(m[0]) ? 0 : fnv(m[0]) || 1);
    if (withOffsets) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  }
  return { hashes, starts, ends };
}

/** A growable Uint32Array holding every statement's features one after another. */
class Features {
  data = new Uint32Array(1 << 20);
  length = 0;
  push(values: Uint32Array): void {
    while (this.length + values.length > this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
}

const STOP_HASHES = new Set([...STOP_WORDS].map(fnv));
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const scratchWords: number[] = [];

/**
 * The words' hashes (0 for a function word), as `tokenize` reads them but without making a string
 * per word: the text is read by character codes, ASCII folded by hand. This is the hot loop of
 * the whole method (every word of every statement); `tokenize` serves the few cluster members.
 */
function wordHashes(text: string, out: number[]): number[] {
  out.length = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const end = () => {
    const w = h >>> 0;
    out.push(STOP_HASHES.has(w) ? 0 : w || 1);
    h = 0x811c9dc5;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c |= 0x20;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        h = Math.imul(h ^ c, 0x01000193);
        inWord = true;
      } else if (inWord) end();
    } else if (isHan(c)) {
      if (inWord) end();
      h = Math.imul(h ^ c, 0x01000193);
      end();
    } else if (LETTER.test(text[i]!)) {
      const lower = text[i]!.toLowerCase();
      for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), 0x01000193);
      inWord = true;
    } else if (inWord) end();
  }
  if (inWord) end();
  return out;
}

/** The sorted, distinct features of a text: content words and consecutive content-word pairs. */
function featuresOf(text: string, seed: number, scratch: number[]): Uint32Array {
  scratch.length = 0;
  let previous = 0;
  for (const h of wordHashes(text, scratchWords)) {
    if (h === 0) continue; // a function word: neither a feature nor a break in the pairs
    scratch.push(mix(h, seed));
    // the pair unordered: "translated and back" often swaps neighbouring words
    if (previous !== 0)
      scratch.push(
        mix(
          Math.imul(Math.min(previous, h), 0x9e3779b1) ^ Math.max(previous, h),
          seed ^ 0x2545f491,
        ),
      );
    previous = h;
  }
  const sorted = Uint32Array.from(scratch).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Exact Jaccard similarity of two sorted distinct feature lists. */
function jaccard(data: Uint32Array, a0: number, a1: number, b0: number, b1: number): number {
  let i = a0;
  let j = b0;
  let both = 0;
  while (i < a1 && j < b1) {
    const x = data[i]!;
    const y = data[j]!;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a1 - a0 + (b1 - b0) - both;
  return union === 0 ? 0 : both / union;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the smaller index is the root: clusters come out in input order whatever the pair order
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The longest word runs the first member shares with each other member. */
function sharedPassages(
  members: readonly StatementInput[],
  o: Required<ClusterOptions>,
): SharedPassage[] {
  const k = o.minPassageWords;
  const [first, ...others] = members.map((m) => ({ m, t: tokenize(m.text, true) }));
  if (!first) return [];
  // stop words take part in passages: compare every word by its own hash
  const ids = (x: { m: StatementInput; t: Tokens }) => {
    const lower = x.m.text.toLowerCase();
    return x.t.starts.map((s, i) => fnv(lower.slice(s, x.t.ends[i])));
  };
  const a = ids(first);
  const gram = (w: number[], at: number) => {
    let h = 0x9747b28c;
    for (let i = at; i < at + k; i++) h = mix(h ^ w[i]!, 0x165667b1);
    return h;
  };
  const index = new Map<number, number[]>();
  for (let i = 0; i + k <= a.length; i++) {
    const g = gram(a, i);
    const list = index.get(g);
    if (list) list.push(i);
    else index.set(g, [i]);
  }
  const runs = new Map<string, { start: number; length: number; memberIds: Set<string> }>();
  for (const other of others) {
    const b = ids(other);
    for (let j = 0; j + k <= b.length; j++) {
      const at = index.get(gram(b, j));
      if (!at) continue;
      for (const i of at) {
        if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) continue; // not the start of a maximal run
        let length = 0;
        while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length])
          length++;
        if (length < k) continue;
        const key = `${i}:${length}`;
        const run = runs.get(key) ?? { start: i, length, memberIds: new Set([first.m.id]) };
        run.memberIds.add(other.m.id);
        runs.set(key, run);
      }
    }
  }
  const chosen: SharedPassage[] = [];
  const taken: [number, number][] = [];
  for (const run of [...runs.values()].sort(
    (x, y) => y.length - x.length || y.memberIds.size - x.memberIds.size || x.start - y.start,
  )) {
    if (chosen.length >= o.maxPassages) break;
    const end = run.start + run.length;
    if (taken.some(([s, e]) => run.start < e && end > s)) continue;
    taken.push([run.start, end]);
    chosen.push({
      text: first.m.text.slice(first.t.starts[run.start], first.t.ends[end - 1]),
      words: run.length,
      memberIds: [...run.memberIds],
    });
  }
  return chosen;
}

export function clusterStatements(
  statements: readonly StatementInput[],
  options: ClusterOptions = {},
): StatementCluster[] {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const n = statements.length;
  if (n < 2) return [];
  // every statement's features; then every (feature, statement) occurrence ordered by feature:
  // runs of one feature give its document frequency exactly, and its statements
  const all = new Features();
  const scratch: number[] = [];
  const sizes = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    const f = featuresOf(statements[d]!.text, o.seed, scratch);
    sizes[d] = f.length;
    all.push(f);
  }
  // ordered by feature: a counting sort on the top 20 bits, then insertion sort within each
  // bucket (a few occurrences each); stable, so equal features keep their statements in order
  const total = all.length;
  const BUCKET_SHIFT = 12;
  const starts = new Uint32Array((1 << 20) + 1);
  for (let k = 0; k < total; k++) starts[(all.data[k]! >>> BUCKET_SHIFT) + 1]!++;
  for (let b = 0; b < 1 << 20; b++) starts[b + 1]! += starts[b]!;
  const feat = new Uint32Array(total);
  const doc = new Uint32Array(total);
  {
    const next = starts.slice(0, 1 << 20);
    for (let d = 0, k = 0; d < n; d++)
      for (let e = 0; e < sizes[d]!; e++, k++) {
        const f = all.data[k]!;
        const at = next[f >>> BUCKET_SHIFT]!++;
        feat[at] = f;
        doc[at] = d;
      }
    for (let b = 0; b < 1 << 20; b++)
      for (let i = starts[b]! + 1; i < starts[b + 1]!; i++) {
        const f = feat[i]!;
        const d = doc[i]!;
        let j = i - 1;
        while (j >= starts[b]! && feat[j]! > f) {
          feat[j + 1] = feat[j]!;
          doc[j + 1] = doc[j]!;
          j--;
        }
        feat[j + 1] = f;
        doc[j + 1] = d;
      }
  }
  // features too common to tell a campaign from the Council's usual words are dropped
  const cap = Math.max(o.minDocFreqCap, Math.ceil(o.maxDocFreqShare * n));
  const counts = new Uint32Array(n + 1);
  const pairKeys: number[] = [];
  for (let s = 0; s < total;) {
    let e = s + 1;
    while (e < total && feat[e] === feat[s]) e++;
    if (e - s <= cap) for (let k = s; k < e; k++) counts[doc[k]! + 1]!++;
    // a rare feature shared by a few statements makes each pair of them a candidate
    if (e - s >= 2 && e - s <= o.rareDocFreq)
      for (let x = s; x < e; x++)
        for (let y = x + 1; y < e; y++) if (doc[x] !== doc[y]) pairKeys.push(doc[x]! * n + doc[y]!);
    s = e;
  }
  // each statement's kept features, in ascending order (the sort's order), for the exact check
  const offsets = new Uint32Array(n + 1);
  for (let d = 0; d < n; d++) offsets[d + 1] = offsets[d]! + counts[d + 1]!;
  const kept = new Uint32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let s = 0; s < total;) {
    let e = s + 1;
    while (e < total && feat[e] === feat[s]) e++;
    if (e - s <= cap) for (let k = s; k < e; k++) kept[fill[doc[k]!]!++] = feat[k]!;
    s = e;
  }
  const pairs = Float64Array.from(pairKeys).sort();

  const sets = new UnionFind(n);
  const similarity = new Map<number, { min: number; max: number }>();
  const joined: [number, number, number][] = [];
  for (let p = 0; p < pairs.length;) {
    let q = p + 1;
    while (q < pairs.length && pairs[q] === pairs[p]) q++;
    // candidates: pairs sharing at least `minShared` rare features; checked on every kept feature
    if (q - p >= o.minShared) {
      const i = Math.floor(pairs[p]! / n);
      const j = pairs[p]! % n;
      const s = jaccard(kept, offsets[i]!, offsets[i + 1]!, offsets[j]!, offsets[j + 1]!);
      if (s >= o.threshold) joined.push([i, j, s]);
    }
    p = q;
  }
  // the pairs in a fixed order, so the union-find (and each cluster's figures) never depend on
  // the order the candidates came in
  joined.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [i, j] of joined) sets.union(i, j);
  for (const [i, , s] of joined) {
    const root = sets.find(i);
    const seen = similarity.get(root);
    if (seen) {
      seen.min = Math.min(seen.min, s);
      seen.max = Math.max(seen.max, s);
    } else similarity.set(root, { min: s, max: s });
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    const root = sets.find(d);
    if (!similarity.has(root)) continue;
    const list = groups.get(root);
    if (list) list.push(d);
    else groups.set(root, [d]);
  }
  const clusters: StatementCluster[] = [];
  for (const [root, docs] of groups) {
    const members = docs.map((d) => statements[d]!);
    const organizations = [...new Set(members.map((m) => m.organization))].sort();
    if (organizations.length < o.minOrganizations) continue;
    const sim = similarity.get(root)!;
    clusters.push({
      members: members.map((m) => ({ id: m.id, organization: m.organization, session: m.session })),
      organizations,
      similarity: { min: round(sim.min), max: round(sim.max) },
      passages: sharedPassages(members, o),
    });
  }
  // the largest first; among equals, in the order of their first member in the input
  return clusters.sort((x, y) => y.members.length - x.members.length);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
