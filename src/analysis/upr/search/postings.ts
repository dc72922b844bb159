/** Set operations on sorted, duplicate-free Int32Arrays of document numbers. */

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  // A short list against a long one: gallop through the long one instead of walking it.
  if (a.length * 16 < b.length) {
    let lo = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      let hi = b.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      if (lo < b.length && b[lo] === x) out[n++] = x;
    }
    return out.subarray(0, n);
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) {
      out[n++] = x;
      i++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/** a without b */
export function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) j++;
    if (j >= b.length || b[j] !== x) out[n++] = x;
    i++;
  }
  return out.subarray(0, n);
}

/** Union of many lists through a bitmap: cheaper than pairwise merges when there are many. */
export function unionMany(lists: readonly Int32Array[], size: number): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  if (lists.length === 1) return lists[0]!;
  if (lists.length === 2) return union(lists[0]!, lists[1]!);
  const seen = new Uint8Array(size);
  let count = 0;
  for (const l of lists)
    for (let i = 0; i < l.length; i++) {
      if (!seen[l[i]!]) {
        seen[l[i]!] = 1;
        count++;
      }
    }
  const out = new Int32Array(count);
  let n = 0;
  for (let d = 0; d < size; d++) if (seen[d]) out[n++] = d;
  return out;
}

/** Every document number below `size` that is not in `b` (sorted): the gaps between its numbers. */
export function complement(b: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size - b.length);
  let n = 0;
  let next = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    while (next < x) out[n++] = next++;
    next = x + 1;
  }
  while (next < size) out[n++] = next++;
  return out;
}
