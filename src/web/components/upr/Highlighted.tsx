import { highlightParts } from './highlight-parts';

/** Text with its matches in <mark>, built as React nodes (never as HTML). */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
}) {
  return (
    <>
      {highlightParts(text, ranges).map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
