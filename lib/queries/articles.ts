import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticlePayload, ArticlesPayload } from '@/lib/data/payloads';
import { fetchJson, queryRetry } from './api-fetch';

export const ARTICLES_URL = '/api/articles';

export const articlesKeys = {
  all: ['articles'] as const,
  list: () => [...articlesKeys.all, 'list'] as const,
  detail: (id: string) => [...articlesKeys.all, 'detail', id] as const,
};

export function fetchArticles(signal?: AbortSignal): Promise<ArticlesPayload> {
  return fetchJson<ArticlesPayload>(ARTICLES_URL, signal);
}

export function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticlePayload> {
  return fetchJson<ArticlePayload>(`${ARTICLES_URL}/${encodeURIComponent(id)}`, signal);
}

export function articlesQueryOptions() {
  return queryOptions({
    queryKey: articlesKeys.list(),
    queryFn: ({ signal }) => fetchArticles(signal),
    staleTime: 5 * 60_000,
    retry: queryRetry,
  });
}

/** Article texts never change once published; only the highlights change with a new extraction. */
export function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: articlesKeys.detail(id),
    queryFn: ({ signal }) => fetchArticle(id, signal),
    staleTime: 5 * 60_000,
    retry: queryRetry,
  });
}

export function useArticles() {
  return useQuery(articlesQueryOptions());
}

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
