'use client';

import { useI18n } from '@/components/providers/i18n-provider';

export function LoadingState({ label }: { label?: string }) {
  const { dict } = useI18n();
  return (
    <div className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? dict.status.loading}
    </div>
  );
}

export function ErrorState({ message, detail, onRetry }: { message?: string; detail?: string; onRetry?: () => void }) {
  const { dict } = useI18n();
  return (
    <div className="status status--error" role="alert">
      <p>{message ?? dict.status.error}</p>
      {detail ? <p className="status__detail">{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {dict.status.retry}
        </button>
      ) : null}
    </div>
  );
}
