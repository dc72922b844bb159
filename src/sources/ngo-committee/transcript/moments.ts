/** A moment of a recording: "hh:mm:ss", and the player's address at that moment. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * The player URL with a time offset in seconds. UN Web TV's player takes the recording's address;
 * the offset is given as `t=` (see docs/transcripts.md: an address form not checked online).
 */
export function momentLink(playerUrl: string | null, ms: number | null): string | null {
  if (playerUrl === null || ms === null) return null;
  const sep = playerUrl.includes('?') ? '&' : '?';
  return `${playerUrl}${sep}t=${Math.max(0, Math.floor(ms / 1000))}`;
}
