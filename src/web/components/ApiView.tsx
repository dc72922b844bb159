import type { ReactNode } from 'react';
import { useI18n } from './LanguageContext';
import type { ApiState } from './useApi';

/** Renders the data once it is there, with the same loading and error states on every page. */
export function ApiView<T>({
  state,
  children,
}: {
  state: ApiState<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (state.status === 'loading') {
    return (
      <p className="status" role="status" data-testid="loading">
        {t.loading}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="status status-error" role="alert" data-testid="load-error">
        {t.loadError} {state.message}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
