import { useEffect, useSyncExternalStore } from 'react';
import { ApiFailure } from '../api';

/*
 * Who is signed in, for the whole web app. The session cookie is HttpOnly (docs/security.md), so
 * the page cannot read it: the role, the name and the CSRF token come from GET /api/v1/auth/me,
 * asked once per page load and again after a login or logout. The state lives in this module and
 * is read through useSyncExternalStore, so no provider has to wrap the app: any component may call
 * `useSession()`, and forms that write call `sendJson()`, which adds the CSRF token.
 *
 * The role shown here decides only what the page offers (a sign-in link, an edit button); what a
 * role may read or write is decided by the server on every request.
 */

export type SessionRole = 'public' | 'researcher' | 'editor' | 'admin';

export interface Session {
  /** 'loading' until /auth/me has answered once; 'error' if it could not be asked */
  status: 'loading' | 'ready' | 'error';
  role: SessionRole;
  /** the account name, null for the public */
  name: string | null;
  /** for the x-csrf-token header of every write; null without a session */
  csrfToken: string | null;
}

interface MeAnswer {
  user: { name: string; role: SessionRole } | null;
  csrfToken: string | null;
}

const PUBLIC: Omit<Session, 'status'> = { role: 'public', name: null, csrfToken: null };

let current: Session = { status: 'loading', ...PUBLIC };
let asked = false;
const listeners = new Set<() => void>();

function publish(next: Session): void {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): Session => current;

function fromMe(me: MeAnswer): Session {
  return me.user
    ? { status: 'ready', role: me.user.role, name: me.user.name, csrfToken: me.csrfToken }
    : { status: 'ready', ...PUBLIC };
}

async function errorOf(res: Response): Promise<ApiFailure> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  return new ApiFailure(
    res.status,
    body?.error?.code ?? 'http',
    body?.error?.message ?? `HTTP ${res.status}`,
  );
}

/** Asks the server who the cookie belongs to, and tells every component using the session. */
export async function refreshSession(): Promise<Session> {
  asked = true;
  try {
    const res = await fetch('/api/v1/auth/me', { headers: { accept: 'application/json' } });
    if (!res.ok) throw await errorOf(res);
    publish(fromMe((await res.json()) as MeAnswer));
  } catch {
    // without an answer the page behaves as for the public, which is what the server does too
    publish({ status: 'error', ...PUBLIC });
  }
  return current;
}

/** The current session; the first caller on a page load asks the server. */
export function useSession(): Session {
  const session = useSyncExternalStore(subscribe, snapshot);
  useEffect(() => {
    if (!asked) void refreshSession();
  }, []);
  return session;
}

/**
 * A JSON request carrying the session's CSRF token (required by every write route). Throws an
 * ApiFailure with the server's error code and message when the answer is not 2xx.
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (current.csrfToken) headers['x-csrf-token'] = current.csrfToken;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

/** Signs in; on success the session holds the account's role and CSRF token. */
export async function login(name: string, password: string): Promise<Session> {
  const me = await sendJson<MeAnswer>('POST', '/api/v1/auth/login', { name, password });
  publish(fromMe(me));
  return current;
}

/** Signs out (the server ends the session and clears the cookie); the page becomes public. */
export async function logout(): Promise<void> {
  try {
    await sendJson('POST', '/api/v1/auth/logout');
  } finally {
    // ask again rather than assume: if the logout failed, the page shows the session still open
    await refreshSession();
  }
}
