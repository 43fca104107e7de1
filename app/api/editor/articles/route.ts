import { newArticleBody } from '@/lib/editor/contract';
import { editorRoute, json, readBody } from '@/lib/editor/http';
import { addArticle } from '@/lib/store/articles';

export const dynamic = 'force-dynamic';

/** Adds an article: validated like the CLI's corpus, extracted at once, stored as a draft. */
export const POST = editorRoute('write', async ({ request, store, session }) => {
  const body = await readBody(request, newArticleBody);
  return json(await addArticle(store, body, session.username), 201);
});
