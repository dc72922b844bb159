import { stateByCode } from '../domain/reference/states.js';
import type { LocalText } from './types.js';

/** A State's names in both languages (its code when the reference table does not know it). */
export function stateNames(code: string): LocalText {
  const s = stateByCode(code);
  return { en: s?.nameEn ?? code, zh: s?.nameZh ?? code };
}
