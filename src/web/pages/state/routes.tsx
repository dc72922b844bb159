import type { ReactNode } from 'react';
import { StateProfilePage } from './StateProfilePage';

/** The State profile (/state/ISO3). Null when no page matches. */
export function statePage(path: string): ReactNode | null {
  const m = /^\/state\/([A-Za-z]{3})$/.exec(path);
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  return <StateProfilePage key={code} state={code} />;
}
