'use client';

import { useQuery } from '@tanstack/react-query';
import { useShareState } from '@/components/dashboard/use-share-state';
import { bordersQueryOptions } from '@/components/map/borders-query';
import { useI18n } from '@/components/providers/i18n-provider';
import { errorMessage } from '@/components/status/error-message';
import { ErrorState, LoadingState } from '@/components/status/status-message';
import { usePositions } from '@/lib/queries/positions';
import { EmbedView } from './embed-view';

/** Client root of an embed: the same URL state and data as the dashboard. */
export function EmbedDashboard() {
  const { dict } = useI18n();
  const { state, update } = useShareState();
  const positions = usePositions();
  const borders = useQuery(bordersQueryOptions());
  if (positions.data === undefined) {
    return (
      <main className="embed embed--status">
        {positions.isPending ? (
          <LoadingState />
        ) : (
          <ErrorState
            message={dict.status.error}
            detail={errorMessage(positions.error)}
            onRetry={() => void positions.refetch()}
          />
        )}
      </main>
    );
  }
  return <EmbedView data={positions.data} borders={borders} state={state} update={update} />;
}
