import type { UprIndexData } from './build.js';

/**
 * Positional postings: for each term, its documents, how often it stands in each and where (word
 * positions, in order). They stand in for the documents' term sequences, so a search reads only
 * the terms of its query (docs/decisions/0011-lazy-term-postings.md): a phrase is checked and a
 * relevance computed from the positions of its own terms, not from every document's sequence.
 * Derived from UprIndexData (postings + sequences) and back, exactly.
 */

/** One term's postings: docs ascending; the positions of docs[i] are positions[starts[i] .. starts[i + 1]). */
export interface TermPostings {
  docs: Int32Array;
  starts: Int32Array;
  positions: Uint16Array | Int32Array;
}

/** Every term's block in one byte array: docs (Int32), counts, positions; blocks 4-byte aligned. */
export interface TermBlocks {
  bytes: Uint8Array;
  /** byte offset of term t's block: blockOffsets[t] .. blockOffsets[t + 1] */
  blockOffsets: Float64Array;
  /** counts and positions are Int32 when a document holds 65,536 words or more, else Uint16 */
  wide: boolean;
}

const align4 = (n: number) => (n + 3) & ~3;

function blockBytes(df: number, occurrences: number, wide: boolean): number {
  const w = wide ? 4 : 2;
  return align4(4 * df + w * df + w * occurrences);
}

/** How often each posting's term stands in its document (Han pairs, never in a sequence: 0). */
function occurrenceCounts(data: UprIndexData): Int32Array {
  const { postingOffsets, postingDocs, seqOffsets, seqTerms, size } = data;
  const counts = new Int32Array(postingDocs.length);
  const cursor = postingOffsets.slice(0, postingOffsets.length - 1);
  for (let d = 0; d < size; d++)
    for (let i = seqOffsets[d]!; i < seqOffsets[d + 1]!; i++) {
      const t = seqTerms[i]!;
      let p = cursor[t]!;
      while (postingDocs[p]! < d) p++;
      if (postingDocs[p] !== d) throw new Error(`term ${t} of document ${d} has no posting`);
      cursor[t] = p;
      counts[p]!++;
    }
  return counts;
}

/** The positional blocks of an index's data. */
export function termBlocksOf(data: UprIndexData): TermBlocks {
  const { postingOffsets, postingDocs, seqOffsets, seqTerms, size } = data;
  const nTerms = postingOffsets.length - 1;
  let longest = 0;
  for (let d = 0; d < size; d++) longest = Math.max(longest, seqOffsets[d + 1]! - seqOffsets[d]!);
  const wide = longest >= 0x10000;
  const counts = occurrenceCounts(data);
  const blockOffsets = new Float64Array(nTerms + 1);
  for (let t = 0; t < nTerms; t++) {
    let occ = 0;
    for (let p = postingOffsets[t]!; p < postingOffsets[t + 1]!; p++) occ += counts[p]!;
    blockOffsets[t + 1] =
      blockOffsets[t]! + blockBytes(postingOffsets[t + 1]! - postingOffsets[t]!, occ, wide);
  }
  const bytes = new Uint8Array(blockOffsets[nTerms]!);
  // Views of the whole buffer, indexed by element (every block and part is aligned to its
  // width): a view per term and part was 100,000 typed arrays for the UPR Info export.
  const i32 = new Int32Array(bytes.buffer);
  const byWidth = wide ? i32 : new Uint16Array(bytes.buffer);
  const w = wide ? 4 : 2;
  // where the next position of each posting goes, as an element index of the width's view
  const next = new Int32Array(postingDocs.length);
  for (let t = 0; t < nTerms; t++) {
    const first = postingOffsets[t]!;
    const df = postingOffsets[t + 1]! - first;
    const at = blockOffsets[t]!;
    i32.set(postingDocs.subarray(first, first + df), at / 4);
    const countsAt = (at + 4 * df) / w;
    let position = (at + 4 * df + w * df) / w;
    for (let k = 0; k < df; k++) {
      const c = counts[first + k]!;
      byWidth[countsAt + k] = c;
      next[first + k] = position;
      position += c;
    }
  }
  const cursor = postingOffsets.slice(0, nTerms);
  for (let d = 0; d < size; d++)
    for (let i = seqOffsets[d]!; i < seqOffsets[d + 1]!; i++) {
      const t = seqTerms[i]!;
      let p = cursor[t]!;
      while (postingDocs[p]! < d) p++;
      cursor[t] = p;
      byWidth[next[p]!++] = i - seqOffsets[d]!;
    }
  return { bytes, blockOffsets, wide };
}

/**
 * Term postings from a block's bytes: `df` is the term's number of documents (postingOffsets).
 * The block must start at a 4-byte aligned offset of its buffer.
 */
export function readBlock(block: Uint8Array, df: number, wide: boolean): TermPostings {
  const w = wide ? 4 : 2;
  const buf = block.buffer;
  const at = block.byteOffset;
  const docs = new Int32Array(buf, at, df);
  const counts = wide
    ? new Int32Array(buf, at + 4 * df, df)
    : new Uint16Array(buf, at + 4 * df, df);
  const starts = new Int32Array(df + 1);
  for (let k = 0; k < df; k++) starts[k + 1] = starts[k]! + counts[k]!;
  const positions = wide
    ? new Int32Array(buf, at + (4 + w) * df, starts[df]!)
    : new Uint16Array(buf, at + (4 + w) * df, starts[df]!);
  return { docs, starts, positions };
}

/** Every term's postings from the blocks (an index held whole in memory). */
export function allTermPostings(blocks: TermBlocks, postingOffsets: Int32Array): TermPostings[] {
  const out: TermPostings[] = [];
  for (let t = 0; t + 1 < postingOffsets.length; t++)
    out.push(
      readBlock(
        blocks.bytes.subarray(blocks.blockOffsets[t]!, blocks.blockOffsets[t + 1]!),
        postingOffsets[t + 1]! - postingOffsets[t]!,
        blocks.wide,
      ),
    );
  return out;
}

/** The documents' term sequences back from the positional postings (the inverse of termBlocksOf). */
export function sequencesOf(postings: readonly TermPostings[], seqOffsets: Int32Array): Int32Array {
  const n = seqOffsets.length - 1;
  const seqTerms = new Int32Array(n < 0 ? 0 : seqOffsets[n]!);
  postings.forEach((p, t) => {
    for (let k = 0; k < p.docs.length; k++) {
      const base = seqOffsets[p.docs[k]!]!;
      for (let j = p.starts[k]!; j < p.starts[k + 1]!; j++) seqTerms[base + p.positions[j]!] = t;
    }
  });
  return seqTerms;
}
