import type { ReactNode } from 'react';
import { ClustersPage } from './ClustersPage';
import {
  PARTICIPATION_CLUSTERS,
  PARTICIPATION_HOME,
  PARTICIPATION_POINTS,
  PARTICIPATION_UPR,
} from './ParticipationNav';
import { PointsOfOrderPage } from './PointsOfOrderPage';
import { SlotsPage } from './SlotsPage';
import { UprAdoptionPage } from './UprAdoptionPage';

/** The Council participation pages, by path (everything under /participation). */
export function participationPage(path: string): ReactNode | null {
  const p = path.replace(/\/$/, '');
  if (p === PARTICIPATION_HOME) return <SlotsPage />;
  if (p === PARTICIPATION_POINTS) return <PointsOfOrderPage />;
  if (p === PARTICIPATION_CLUSTERS) return <ClustersPage />;
  if (p === PARTICIPATION_UPR) return <UprAdoptionPage />;
  return null;
}
