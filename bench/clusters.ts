/**
 * Issue 14's clustering bar: planted near-duplicates in a corpus of 100,000 statements, found with
 * recall >= 0.95 and precision >= 0.95 in < 10 s. The corpus is generated (seeded: the same on every
 * run): statements in the Council's manner (a shared opening and closing, sentences of words
 * drawn by a Zipf law from a vocabulary of invented words between English function words), and
 * planted clusters of 2-5 statements, each member a variant of one base text delivered by a
 * different organisation:
 *
 * - paraphrase: 15 % of content words swapped for a synonym, 5 % inserted, 5 % deleted;
 * - reordered: sentences shuffled, 5 % synonym swaps;
 * - translated and back: a systematic substitution of a third of the vocabulary (each word always
 *   becomes the same other word, as a translation round trip does), adjacent content words
 *   swapped at 15 %, function words dropped or added at 20 %;
 * - paraphrased and reordered together.
 *
 * Recall and precision are over pairs: a planted pair is found when both statements are in one
 * reported cluster; a reported pair is right when both come from one planted cluster. The
 * baseline is hashing every text (SHA-1) in the same run: the least any method that reads the
 * texts costs.
 *
 *   npm run bench -- clusters
 *   CLUSTERS_BENCH_N=100000   statements (default 100,000)
 */
import { createHash } from 'node:crypto';
import { clusterStatements, type StatementInput } from '../src/analysis/participation/clusters.js';
import { best, line } from './measure.js';

const N = Number(process.env.CLUSTERS_BENCH_N ?? 100_000);
const CLUSTERS = Math.round(N * 0.03);
/** invented words: a Council corpus has tens of thousands of distinct words (names, places, treaties) */
const VOCABULARY = Number(process.env.CLUSTERS_BENCH_VOCABULARY ?? 40_000);

/** mulberry32: the same corpus on every run */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  'the of and to in that for on with as by is are we our this it be from at which its their all has have not also'.split(
    ' ',
  );
const OPENINGS = [
  'Thank you, Mr. President.',
  'Thank you, Madam President.',
  'Mr. President, we thank the Special Rapporteur for the report.',
];
const CLOSINGS = [
  'We call on the Council to act. Thank you.',
  'I thank you.',
  'We urge all States to cooperate with the mechanisms of the Council.',
];

export interface PlantedCorpus {
  statements: StatementInput[];
  /** the planted cluster of each statement, or -1 */
  plantedIn: Int32Array;
  plantedPairs: number;
}

export function plantedCorpus(n = N, clusters = CLUSTERS, seed = 14): PlantedCorpus {
  const rnd = random(seed);
  const int = (k: number) => Math.floor(rnd() * k);
  const syllables = 'ka lo mi ta ren su vo dai pel ri nor ga te bu lin zo fa qui mer son'.split(
    ' ',
  );
  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < VOCABULARY) {
    const w = Array.from({ length: 2 + int(3) }, () => syllables[int(syllables.length)]).join('');
    if (!seen.has(w)) {
      seen.add(w);
      vocabulary.push(w);
    }
  }
  // Zipf: the word of rank r with weight 1/r, drawn through the cumulative weights
  const cumulative = new Float64Array(vocabulary.length);
  let total = 0;
  for (let r = 0; r < vocabulary.length; r++) cumulative[r] = total += 1 / (r + 1);
  const zipf = () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const synonym = new Map(vocabulary.map((w) => [w, vocabulary[int(vocabulary.length)]!]));
  const translation = new Map(
    vocabulary.filter(() => rnd() < 1 / 3).map((w) => [w, vocabulary[int(vocabulary.length)]!]),
  );
  const isFunction = new Set(FUNCTION_WORDS);

  const sentence = () => {
    const words: string[] = [];
    const length = 10 + int(16);
    for (let i = 0; i < length; i++)
      words.push(rnd() < 0.4 ? FUNCTION_WORDS[int(FUNCTION_WORDS.length)]! : zipf());
    return words;
  };
  const base = () => Array.from({ length: 4 + int(5) }, sentence);
  const render = (sentences: string[][]) =>
    [
      OPENINGS[int(OPENINGS.length)],
      ...sentences.map((s) => `${s[0]![0]!.toUpperCase()}${s.join(' ').slice(1)}.`),
      CLOSINGS[int(CLOSINGS.length)],
    ].join(' ');

  const paraphrase = (s: string[][], swap: number, ins: number, del: number) =>
    s.map((words) =>
      words.flatMap((w) => {
        if (rnd() < del) return [];
        const out = !isFunction.has(w) && rnd() < swap ? synonym.get(w)! : w;
        return rnd() < ins ? [out, zipf()] : [out];
      }),
    );
  const shuffle = <T>(xs: T[]) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const roundTrip = (s: string[][]) =>
    s.map((words) => {
      const out = words.flatMap((w) => {
        if (isFunction.has(w))
          return rnd() < 0.2 ? [] : rnd() < 0.2 ? [w, FUNCTION_WORDS[int(9)]!] : [w];
        return [translation.get(w) ?? w];
      });
      for (let i = 0; i + 1 < out.length; i++)
        if (!isFunction.has(out[i]!) && !isFunction.has(out[i + 1]!) && rnd() < 0.15) {
          [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
          i++;
        }
      return out;
    });
  const VARIANTS = [
    (s: string[][]) => paraphrase(s, 0.15, 0.05, 0.05),
    (s: string[][]) => shuffle(paraphrase(s, 0.05, 0, 0)),
    roundTrip,
    (s: string[][]) => shuffle(paraphrase(s, 0.15, 0.05, 0.05)),
  ];

  const statements: StatementInput[] = [];
  const plantedIn: number[] = [];
  const sessions = Array.from({ length: 9 }, (_, i) => `HRC${50 + i}`);
  let plantedPairs = 0;
  for (let c = 0; c < clusters && statements.length < n; c++) {
    const text = base();
    const size = 2 + int(4);
    plantedPairs += (size * (size - 1)) / 2;
    const session = sessions[int(sessions.length)]!;
    for (let m = 0; m < size; m++) {
      // the first member is the base text; each other a variant, in turn of the four kinds
      const variant = m === 0 ? text : VARIANTS[(c + m) % VARIANTS.length]!(text);
      statements.push({
        id: `s${statements.length}`,
        organization: `Org ${c}-${m}`,
        session,
        text: render(variant),
      });
      plantedIn.push(c);
    }
  }
  while (statements.length < n) {
    statements.push({
      id: `s${statements.length}`,
      organization: `Org ${int(5000)}`,
      session: sessions[int(sessions.length)]!,
      text: render(base()),
    });
    plantedIn.push(-1);
  }
  // planted members spread through the corpus, as the sessions deliver them
  const order = shuffle(statements.map((_, i) => i));
  return {
    statements: order.map((i, k) => ({ ...statements[i]!, id: `s${k}` })),
    plantedIn: Int32Array.from(order.map((i) => plantedIn[i]!)),
    plantedPairs,
  };
}

export function scorePairs(
  corpus: PlantedCorpus,
  clusters: { members: { id: string }[] }[],
): { recall: number; precision: number; found: number; right: number } {
  let found = 0;
  let right = 0;
  for (const c of clusters) {
    const planted = c.members.map((m) => corpus.plantedIn[Number(m.id.slice(1))]!);
    for (let i = 0; i < planted.length; i++)
      for (let j = i + 1; j < planted.length; j++) {
        found++;
        if (planted[i] !== -1 && planted[i] === planted[j]) right++;
      }
  }
  return {
    recall: right / corpus.plantedPairs,
    precision: found === 0 ? 1 : right / found,
    found,
    right,
  };
}

export async function benchClusters(): Promise<void> {
  const corpus = plantedCorpus();
  const words = corpus.statements.reduce((k, s) => k + s.text.split(' ').length, 0);
  const baseline = await best(3, () => {
    let x = 0;
    for (const s of corpus.statements) x ^= createHash('sha1').update(s.text).digest()[0]!;
    return x;
  });
  const run = await best(2, () => clusterStatements(corpus.statements));
  const score = scorePairs(corpus, run.value);
  line(
    'coordinated messaging clusters',
    run.ms,
    baseline.ms,
    `${corpus.statements.length} statements (${(words / 1e6).toFixed(1)} M words), ${corpus.plantedPairs} planted pairs: recall ${score.recall.toFixed(4)}, precision ${score.precision.toFixed(4)} (${score.right}/${score.found} reported pairs right), ${run.value.length} clusters; baseline: SHA-1 of every text; bar: recall, precision >= 0.95, < 10000 ms`,
  );
}
