import { errorResponse, jsonWithEtag } from '@/lib/data/api-responses';
import { articlesStore } from '@/lib/data/articles-store';
import type { ArticlesPayload } from '@/lib/data/payloads';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const index = await articlesStore.list();
    const body: ArticlesPayload = { articles: index.value.articles };
    return jsonWithEtag(request, body, index.version);
  } catch (error) {
    return errorResponse(error);
  }
}
