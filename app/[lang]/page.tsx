import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { notFound, redirect } from 'next/navigation';
import { Dashboard } from '@/components/dashboard/dashboard';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { isLang } from '@/lib/i18n/langs';
import { positionsQueryOptions } from '@/lib/queries/positions';
import { dateRange } from '@/lib/timeline/as-of';
import { correctedSearchParams } from '@/lib/url/corrections';
import { readableQuery } from '@/lib/url/share-state';

function toSearchParams(input: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

export default async function DashboardPage({ params, searchParams }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();

  // Same query key as the client; read from the store directly rather than over HTTP. A missing or
  // corrupt data file leaves the query empty, and the client shows the API's error with Retry.
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({
    ...positionsQueryOptions(),
    queryFn: async () => (await loadPositionsPayload()).payload,
  });

  // Invalid or out-of-range view state never reaches the page: the URL is rewritten to what will actually be
  // shown, and `fixed=` tells the page what it corrected so it can say so.
  const payload = queryClient.getQueryData<Awaited<ReturnType<typeof loadPositionsPayload>>['payload']>(
    positionsQueryOptions().queryKey,
  );
  const bounds = payload ? (dateRange(payload.articles) ?? dateRange(payload.countries)) : null;
  const corrected = correctedSearchParams(toSearchParams(await searchParams), bounds);
  if (corrected) redirect(`/${lang}?${readableQuery(corrected.toString())}`);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Dashboard />
    </HydrationBoundary>
  );
}
