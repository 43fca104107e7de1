import { QueryClient, dehydrate, type DehydratedState } from '@tanstack/react-query';
import { loadArticlePayload } from '@/lib/data/article-payload';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { articleQueryOptions } from './articles';
import { positionsQueryOptions } from './positions';

/**
 * Server only: fills a QueryClient from the stores directly (no HTTP round trip to ourselves) under
 * the same keys the browser uses, so the first paint already has data. A failure is left for the
 * browser to retry and report; it never fails the page render.
 */
export async function prefetchPositions(queryClient: QueryClient): Promise<void> {
  await queryClient.prefetchQuery({
    ...positionsQueryOptions(),
    queryFn: async () => (await loadPositionsPayload()).payload,
    retry: false,
  });
}

export async function prefetchArticle(queryClient: QueryClient, id: string): Promise<void> {
  await queryClient.prefetchQuery({
    ...articleQueryOptions(id),
    queryFn: async () => {
      const found = await loadArticlePayload(id);
      if (!found) throw new Error(`unknown article ${id}`);
      return found.payload;
    },
    retry: false,
  });
}

/** For `<HydrationBoundary state={await prefetchedState(prefetchPositions)}>` in a server page. */
export async function prefetchedState(
  ...prefetches: ((client: QueryClient) => Promise<void>)[]
): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  await Promise.all(prefetches.map((prefetch) => prefetch(queryClient)));
  return dehydrate(queryClient);
}
