import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/open-store.js';

/** /api/v1/upr/…: UPR recommendations, responses, search. */
export function uprRoutes(app: FastifyInstance, store: Store): void {
  void app;
  void store;
}
