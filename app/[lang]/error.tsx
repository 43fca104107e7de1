'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import { ErrorState } from '@/components/status/status-message';

/** Last line of defence: an unexpected render error shows a message and Retry, never a blank page. */
export default function DashboardError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { dict } = useI18n();
  return (
    <main id="main" className="layout layout--status">
      <ErrorState message={dict.status.error} detail={error.digest} onRetry={retry} />
    </main>
  );
}
