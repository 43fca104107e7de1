import { articleIdSchema, firstIssue } from '@/lib/data/api-params';
import { errorResponse, jsonError, jsonWithEtag } from '@/lib/data/api-responses';
import { loadArticlePayload } from '@/lib/data/article-payload';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = articleIdSchema.safeParse((await params).id);
  if (!id.success) return jsonError(400, `id: ${firstIssue(id.error)}`);
  try {
    const found = await loadArticlePayload(id.data);
    if (!found) return jsonError(404, 'Unknown article');
    return jsonWithEtag(request, found.payload, found.version);
  } catch (error) {
    return errorResponse(error);
  }
}
