import { queryOptions } from '@tanstack/react-query';
import { fetchBorders } from '@/lib/geo/borders';

/** Country outlines are a static asset of the build: fetched once, never stale. */
export function bordersQueryOptions() {
  return queryOptions({
    queryKey: ['borders'],
    queryFn: ({ signal }) => fetchBorders(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
