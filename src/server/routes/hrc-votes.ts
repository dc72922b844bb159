import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/open-store.js';

/** /api/v1/votes/…: HRC / CHR / UNGA recorded votes. */
export function hrcVotesRoutes(app: FastifyInstance, store: Store): void {
  void app;
  void store;
}
