import type {
  AuditEntry,
  DraftDetail,
  FigureReviewBody,
  NewArticleBody,
  PositionReviewBody,
  PublishResult,
  PublishStatus,
  ReviewItem,
} from '@/lib/editor/contract';
import { editorRequest, isEditorApiError } from './request';

export const EDITOR_API = '/api/editor';

export const editorKeys = {
  all: ['editor'] as const,
  queue: (kind: ReviewItem['kind']) => [...editorKeys.all, 'queue', kind] as const,
  history: () => [...editorKeys.all, 'history'] as const,
  status: () => [...editorKeys.all, 'status'] as const,
  draft: (id: string) => [...editorKeys.all, 'draft', id] as const,
};

export const HISTORY_PAGE = 50;

/**
 * The editor's queries: always fresh (several editors work on the same store), refetched when the tab is
 * focused again, and retried once only when the server or the network failed, never for a 4xx.
 */
export const editorQueryDefaults = {
  staleTime: 0,
  refetchOnWindowFocus: true,
  retry: (failures: number, error: unknown) =>
    failures < 1 && !(isEditorApiError(error) && error.status >= 400 && error.status < 500),
} as const;

/** The editor API's calls, bound to the session's CSRF token. */
export function editorApi(csrf: string) {
  const post = <T>(path: string, body?: unknown) =>
    editorRequest<T>(`${EDITOR_API}${path}`, { method: 'POST', body: body ?? {}, csrf });
  const get = <T>(path: string, signal?: AbortSignal) => editorRequest<T>(`${EDITOR_API}${path}`, { signal });
  const id = (value: string | number) => encodeURIComponent(String(value));
  return {
    logout: () => editorRequest<null>(`${EDITOR_API}/logout`, { method: 'POST', csrf }),
    queue: (kind: ReviewItem['kind'], signal?: AbortSignal) =>
      get<{ items: ReviewItem[] }>(`/queue?kind=${kind}&limit=50`, signal),
    history: (before: number | null, signal?: AbortSignal) =>
      get<{ entries: AuditEntry[] }>(
        `/history?limit=${HISTORY_PAGE}${before === null ? '' : `&before=${before}`}`,
        signal,
      ),
    status: (signal?: AbortSignal) => get<PublishStatus>('/status', signal),
    draft: (articleId: string, signal?: AbortSignal) => get<DraftDetail>(`/articles/${id(articleId)}`, signal),
    addArticle: (body: NewArticleBody) => post<DraftDetail>('/articles', body),
    publishArticle: (articleId: string, version: number) =>
      post<PublishResult>(`/articles/${id(articleId)}/publish`, { version }),
    discardArticle: (articleId: string, version: number) =>
      post<DraftDetail>(`/articles/${id(articleId)}/discard`, { version }),
    review: (item: Pick<ReviewItem, 'kind' | 'id'>, body: PositionReviewBody | FigureReviewBody) =>
      post<ReviewItem>(`/${item.kind === 'position' ? 'positions' : 'figures'}/${id(item.id)}/review`, body),
    revert: (entryId: number, note?: string) =>
      post<AuditEntry>(`/history/${id(entryId)}/revert`, note ? { note } : {}),
    publish: () => post<PublishResult>('/publish'),
  };
}

export type EditorApi = ReturnType<typeof editorApi>;
