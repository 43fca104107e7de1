import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { notFound, redirect } from 'next/navigation';
import { Dashboard } from '@/components/dashboard/dashboard';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { isLang } from '@/lib/i18n/langs';
import { positionsQueryOptions } from '@/lib/queries/positions';
import { cleanedSearchParams } from '@/lib/url/share-state';

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

  // Invalid view state never reaches the page: the URL is rewritten to what will actually be shown.
  const cleaned = cleanedSearchParams(toSearchParams(await searchParams));
  if (cleaned) {
    const query = cleaned.toString();
    redirect(`/${lang}${query ? `?${query}` : ''}`);
  }

  // Same query key as the client; read from the store directly rather than over HTTP. A missing or
  // corrupt data file leaves the query empty, and the client shows the API's error with Retry.
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({
    ...positionsQueryOptions(),
    queryFn: async () => (await loadPositionsPayload()).payload,
  });

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Dashboard />
    </HydrationBoundary>
  );
}
