/**
 * UPR cycles by Working Group session: cycle 1 = sessions 1–12 (2008–2011), 2 = 13–26, 3 = 27–40,
 * 4 = 41 on. A session outside that range yields null rather than a guess.
 */
export function cycleOfSession(session: number): number | null {
  if (!Number.isInteger(session) || session < 1) return null;
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  return 4;
}

/**
 * The cycle of a Working Group report from the Council session that adopts it (A/HRC/<n>/…):
 * each Working Group session's reports go to the Council session after next, so cycle 1 ends
 * with A/HRC/19–20, cycle 2 with A/HRC/34–35, cycle 3 with A/HRC/50.
 */
export function cycleOfCouncilSession(hrcSession: number): number | null {
  if (!Number.isInteger(hrcSession) || hrcSession < 7) return null;
  if (hrcSession <= 20) return 1;
  if (hrcSession <= 35) return 2;
  if (hrcSession <= 50) return 3;
  return 4;
}
