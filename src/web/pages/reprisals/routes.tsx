import type { ReactNode } from 'react';
import { LoginPage } from './LoginPage';

/**
 * The reprisals registry pages and the sign-in page, by path (/login and everything under
 * /reprisals). Null when no page matches.
 */
export function reprisalsPage(path: string): ReactNode | null {
  if (path === '/login') return <LoginPage />;
  return null;
}
