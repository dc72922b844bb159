/**
 * Every skipped test says why (issue 8: the default reporter printed only "61 skipped"). A skip
 * reason travels to the end-of-run list (test/reporters/skip-reasons.ts) in one of three ways:
 * - `ctx.skip(reason)` inside a test (vitest keeps it as the result's note);
 * - a suite or test name made with `skipName(name, reason)`: "name [skipped: reason]";
 * - a suite or test name that states it already ("… (skipped: ../shared/data … absent)").
 *
 *   describe.skipIf(kind.skip)(skipName(`UPR API (${kind.name})`, kind.skip), () => { … });
 *   describe.skipIf(!real)(skipName('figures on the export', !real && SHARED_DATA_SKIP_REASON), …);
 */
export function skipName(name: string, reason: string | false | null | undefined): string {
  return reason ? `${name} [skipped: ${reason}]` : name;
}

/** The reason a name states, or undefined: "[skipped: …]", or the words "skipped"/"skip". */
export function reasonInName(name: string): string | undefined {
  const tagged = /\[skipped: ([^\]]+)\]/.exec(name);
  if (tagged) return tagged[1];
  // "… (skipped: ../shared/data … absent)" states it in its own words
  const stated = /\bskipped:\s*(.+)$/i.exec(name);
  if (stated) {
    // drop the closing brackets of the name around the reason, keep the reason's own
    let why = stated[1]!.trim();
    const unbalanced = () => (why.match(/\)/g) ?? []).length > (why.match(/\(/g) ?? []).length;
    while (why.endsWith(')') && unbalanced()) why = why.slice(0, -1).trimEnd();
    return `skipped: ${why}`;
  }
  return /\bskip(ped)?\b/i.test(name) ? name : undefined;
}
