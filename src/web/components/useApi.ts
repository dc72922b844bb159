import { useEffect, useState } from 'react';
import { ApiFailure, fetchJson } from '../api';

export type ApiState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; data: T };

const LOADING = { status: 'loading' } as const;

/**
 * Fetches JSON from the API whenever `url` changes; `null` fetches nothing. The result is stored
 * with the URL it answers, so a stale answer is never shown for a new URL and no state has to be
 * reset when the URL changes.
 */
export function useApi<T>(url: string | null): ApiState<T> {
  const [result, setResult] = useState<{ url: string; state: ApiState<T> } | null>(null);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    fetchJson<T>(url, controller.signal).then(
      (data) => setResult({ url, state: { status: 'ok', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof ApiFailure || error instanceof Error ? error.message : String(error);
        setResult({ url, state: { status: 'error', message } });
      },
    );
    return () => controller.abort();
  }, [url]);

  if (url === null || result?.url !== url) return LOADING;
  return result.state;
}
