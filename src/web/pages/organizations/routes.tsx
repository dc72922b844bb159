import type { ReactNode } from 'react';
import { OrganizationListPage } from './OrganizationListPage';
import { OrganizationPage } from './OrganizationPage';

/** The organisation registry's pages, by path (everything under /organizations). */
export function organizationsPage(path: string): ReactNode | null {
  if (path === '/organizations' || path === '/organizations/') return <OrganizationListPage />;
  const one = /^\/organizations\/(\d+)$/.exec(path);
  if (one) {
    const id = Number(one[1]);
    return <OrganizationPage key={id} id={id} />;
  }
  return null;
}
