import type { ReactNode } from 'react';
import { EditorCasePage } from './EditorCasePage';
import { EditorQueuePage } from './EditorQueuePage';

/** The editors' pages under /reprisals/editor (null when none matches). */
export function reprisalsEditorPage(path: string): ReactNode | null {
  if (path === '/reprisals/editor' || path === '/reprisals/editor/') return <EditorQueuePage />;
  const one = /^\/reprisals\/editor\/case\/([^/]+)$/.exec(path);
  if (one) {
    const id = decodeURIComponent(one[1]!).toUpperCase();
    return <EditorCasePage key={id} id={id} />;
  }
  return null;
}
