import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { positionsQueryOptions } from '@/lib/queries/positions';
import { dateRange } from '@/lib/timeline/as-of';
import { correctedSearchParams } from '@/lib/url/corrections';
import { readableQuery } from '@/lib/url/share-state';

export type SearchParamsInput = Record<string, string | string[] | undefined>;

export function toSearchParams(input: SearchParamsInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/**
 * The data a view page renders with, read from the store (same query key as the client, no HTTP round trip to
 * itself). A missing or corrupt data file leaves the query empty, and the client shows the API's error with Retry.
 * Invalid or out-of-range view state never reaches the page: the URL is rewritten to what will actually be shown
 * (`path` keeps the page, dashboard or embed), and `fixed=` tells the page what it corrected so it can say so.
 */
export async function prefetchView(path: string, searchParams: SearchParamsInput): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({
    ...positionsQueryOptions(),
    queryFn: async () => (await loadPositionsPayload()).payload,
  });
  const payload = queryClient.getQueryData<Awaited<ReturnType<typeof loadPositionsPayload>>['payload']>(
    positionsQueryOptions().queryKey,
  );
  const bounds = payload ? (dateRange(payload.articles) ?? dateRange(payload.countries)) : null;
  const corrected = correctedSearchParams(toSearchParams(searchParams), bounds);
  if (corrected) redirect(`${path}?${readableQuery(corrected.toString())}`);
  return dehydrate(queryClient);
}
