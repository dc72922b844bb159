/**
 * Where the sign-in page goes once signed in: the `next` address it was given, if that is a page of
 * this site. Anything else (another site, "//host", "/\host", a javascript: URL) falls back to the
 * registry, so a link to /login cannot send a reader who just signed in somewhere else.
 */
export const AFTER_LOGIN = '/reprisals';

export function afterLogin(next: string | null): string {
  if (next === null || !next.startsWith('/')) return AFTER_LOGIN;
  // "//host" and "/\host" are read by browsers as another host
  if (next.startsWith('//') || next.startsWith('/\\')) return AFTER_LOGIN;
  // control characters (a tab or newline inside "/\t/host") are dropped by URL parsers
  if ([...next].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
    return AFTER_LOGIN;
  if (next === '/login' || next.startsWith('/login?')) return AFTER_LOGIN;
  return next;
}
