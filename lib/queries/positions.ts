import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PositionsPayload } from '@/lib/data/payloads';
import { fetchJson, queryRetry } from './api-fetch';

export const POSITIONS_URL = '/api/positions';

export const positionsKeys = {
  all: ['positions'] as const,
};

export function fetchPositions(signal?: AbortSignal): Promise<PositionsPayload> {
  return fetchJson<PositionsPayload>(POSITIONS_URL, signal);
}

/** The whole data set, unfiltered: the dashboard filters and time-travels on the client. */
export function positionsQueryOptions() {
  return queryOptions({
    queryKey: positionsKeys.all,
    queryFn: ({ signal }) => fetchPositions(signal),
    staleTime: 5 * 60_000,
    retry: queryRetry,
  });
}

export function usePositions() {
  return useQuery(positionsQueryOptions());
}
