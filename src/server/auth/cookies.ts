import type { FastifyReply, FastifyRequest } from 'fastify';

/*
 * The session cookie, without a cookie plugin: one name, one value, written by hand so every
 * attribute is visible here. HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it), Path=/, and over HTTPS Secure with the __Host- prefix (the browser then refuses it
 * from plain HTTP or a sub-domain).
 */

export const PLAIN_COOKIE = 'gp_session';
export const SECURE_COOKIE = '__Host-gp_session';

/** Whether the request came over HTTPS, or the deployment says cookies are always Secure. */
export function isSecure(req: FastifyRequest, secure: boolean | 'auto'): boolean {
  return secure === 'auto' ? req.protocol === 'https' : secure;
}

function cookieName(secure: boolean): string {
  return secure ? SECURE_COOKIE : PLAIN_COOKIE;
}

/** The session token the request carries, or null. */
export function readSessionCookie(req: FastifyRequest, secure: boolean): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  const name = cookieName(secure);
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    // our tokens are base64url; anything else is not ours
    return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
  }
  return null;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
  secure: boolean,
): void {
  reply.header(
    'set-cookie',
    `${cookieName(secure)}=${token}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
  );
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.header(
    'set-cookie',
    `${cookieName(secure)}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`,
  );
}
