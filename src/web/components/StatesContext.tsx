import { createContext, useCallback, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { StateInfo } from '../api';
import { useI18n } from './LanguageContext';

const StatesContext = createContext<ReadonlyMap<string, StateInfo>>(new Map());

/** The UN state list from /api/v1/states, so any state code can be shown by name. */
export function StatesProvider({
  states,
  children,
}: {
  states: readonly StateInfo[];
  children: ReactNode;
}) {
  const byCode = useMemo(() => new Map(states.map((s) => [s.code, s])), [states]);
  return <StatesContext.Provider value={byCode}>{children}</StatesContext.Provider>;
}

interface Named {
  state: string;
  nameEn?: string;
  nameZh?: string;
}

/**
 * A state's name in the reader's language: from the row itself when the API sent names with it,
 * else from the state list, else the code (an unknown code stays visible rather than vanishing).
 */
export function useStateName(): (stateOrRow: string | Named) => string {
  const byCode = useContext(StatesContext);
  const { lang } = useI18n();
  return useCallback(
    (stateOrRow) => {
      const row = typeof stateOrRow === 'string' ? { state: stateOrRow } : stateOrRow;
      const known = byCode.get(row.state);
      const en = row.nameEn ?? known?.nameEn;
      const zh = row.nameZh ?? known?.nameZh;
      return (lang === 'zh' ? zh : en) ?? row.state;
    },
    [byCode, lang],
  );
}

/** The full state list by code (names, regional group), for pages that group or pick states. */
export function useStates(): ReadonlyMap<string, StateInfo> {
  return useContext(StatesContext);
}
