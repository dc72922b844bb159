import type { ReactNode } from 'react';
import { HrcAlignmentPage } from './HrcAlignmentPage';
import { HrcAmendmentsPage } from './HrcAmendmentsPage';
import { HrcIdealPointsPage } from './HrcIdealPointsPage';
import { HrcStatePage } from './HrcStatePage';
import { HrcTextPage } from './HrcTextPage';
import { HrcTextsPage } from './HrcTextsPage';

/** The HRC votes pages, by path (everything under /hrc). Null when no page matches. */
export function hrcPage(path: string): ReactNode | null {
  if (path === '/hrc' || path === '/hrc/') return <HrcTextsPage />;
  if (path === '/hrc/alignment') return <HrcAlignmentPage />;
  if (path === '/hrc/amendments') return <HrcAmendmentsPage />;
  if (path === '/hrc/ideal-points') return <HrcIdealPointsPage />;
  const text = /^\/hrc\/text\/(\d+)$/.exec(path);
  if (text) return <HrcTextPage key={text[1]} which={{ id: Number(text[1]) }} />;
  const symbol = /^\/hrc\/resolution\/(.+)$/.exec(path);
  if (symbol) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(symbol[1]!);
    } catch {
      return null; // a malformed escape: no such page
    }
    return <HrcTextPage key={decoded} which={{ symbol: decoded }} />;
  }
  const state = /^\/hrc\/state\/([A-Za-z]{3})$/.exec(path);
  if (state) {
    const code = state[1]!.toUpperCase();
    return <HrcStatePage key={code} state={code} />;
  }
  return null;
}
