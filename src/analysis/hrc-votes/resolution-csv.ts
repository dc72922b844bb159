import { stateByCode } from '../../domain/reference/states.js';
import { toCsv } from '../csv.js';
import type { ResolutionVotes } from './resolution.js';

/** One text's roll-call as CSV: one row per member, states in code order, with the text's identity. */
export function resolutionCsv(figure: ResolutionVotes): string {
  return toCsv(
    ['text_id', 'symbol', 'date', 'state', 'name', 'group', 'vote'],
    Object.entries(figure.votes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([state, vote]) => {
        const s = stateByCode(state);
        return [
          figure.textId,
          figure.symbol,
          figure.date,
          state,
          s?.nameEn ?? state,
          s?.group ?? '',
          vote,
        ];
      }),
  );
}
