'use client';

import { useQuery } from '@tanstack/react-query';
import { bordersQueryOptions } from '@/components/map/borders-query';
import { useI18n } from '@/components/providers/i18n-provider';
import { errorMessage } from '@/components/status/error-message';
import { ErrorState, LoadingState } from '@/components/status/status-message';
import { usePositions } from '@/lib/queries/positions';
import { AppHeader } from './app-header';
import { EmbedView } from '@/components/embed/embed-view';
import { AtlasView } from './atlas-view';
import { useShareState } from './use-share-state';

/**
 * Client root of the dashboard, or of its embed: URL state plus data, and what to show while either is missing.
 */
export function Dashboard({ embed = false }: { embed?: boolean }) {
  const { dict } = useI18n();
  const { state, update } = useShareState();
  const positions = usePositions();
  const borders = useQuery(bordersQueryOptions());

  // A failed refetch keeps the last good data (react-query reports isError with data still set):
  // the view stays; only a first load that failed has nothing to show but the error.
  if (positions.data === undefined) {
    const status = positions.isPending ? (
      <LoadingState />
    ) : (
      <ErrorState
        message={dict.status.error}
        detail={errorMessage(positions.error)}
        onRetry={() => void positions.refetch()}
      />
    );
    if (embed) return <main className="embed embed--status">{status}</main>;
    return (
      <>
        <AppHeader state={state} current={() => state} />
        <main id="main" className="layout layout--status" tabIndex={-1}>
          {status}
        </main>
      </>
    );
  }
  const View = embed ? EmbedView : AtlasView;
  return <View data={positions.data} borders={borders} state={state} update={update} />;
}
