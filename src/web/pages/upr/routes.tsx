import type { ReactNode } from 'react';
import { UprRecommendationPage } from './UprRecommendationPage';
import { UprSearchPage } from './UprSearchPage';
import { UprStatePage } from './UprStatePage';

/** The UPR pages, by path (everything under /upr). Null when no page matches. */
export function uprPage(path: string): ReactNode | null {
  if (path === '/upr' || path === '/upr/') return <UprSearchPage />;
  const recommendation = /^\/upr\/recommendation\/(\d+)$/.exec(path);
  if (recommendation) {
    const id = Number(recommendation[1]);
    return <UprRecommendationPage key={id} id={id} />;
  }
  const state = /^\/upr\/state\/([A-Za-z]{3})$/.exec(path);
  if (state) {
    const code = state[1]!.toUpperCase();
    return <UprStatePage key={code} code={code} />;
  }
  return null;
}
