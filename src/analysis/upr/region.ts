import { stateByCode } from '../../domain/reference/states.js';

/** A state's UN regional group ('none' for states in no group, or unknown codes). */
export function regionOf(state: string): string {
  return stateByCode(state)?.group ?? 'none';
}
