import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleReader } from '@/components/reader/article-reader';
import { parseMark } from '@/components/reader/segment-text';
import { articleMentions } from '@/lib/data/article-mentions';
import { articlesStore } from '@/lib/data/articles-store';
import type { ArticlePayload } from '@/lib/data/payloads';
import { positionsStore } from '@/lib/data/positions-store';
import { getDictionary, isLang } from '@/lib/i18n/langs';
import { articleQueryOptions } from '@/lib/queries/articles';
import { articleMetaSchema } from '@/lib/schema/articles';

const articleId = articleMetaSchema.shape.id;

async function loadArticle(id: string): Promise<ArticlePayload | null> {
  const article = await articlesStore.get(id);
  if (!article) return null;
  try {
    const positions = await positionsStore.load();
    return {
      meta: article.meta,
      text: article.text,
      mentions: articleMentions(positions.value.countries, id, article.text),
    };
  } catch (error) {
    return { meta: article.meta, text: article.text, mentions: [], mentionsUnavailable: (error as Error).message };
  }
}

export async function generateMetadata({ params }: PageProps<'/[lang]/articles/[id]'>): Promise<Metadata> {
  const { lang } = await params;
  return isLang(lang) ? { title: getDictionary(lang).app.title } : {};
}

export default async function ArticlePage({ params, searchParams }: PageProps<'/[lang]/articles/[id]'>) {
  const { lang, id } = await params;
  if (!isLang(lang) || !articleId.safeParse(id).success) notFound();
  const mark = parseMark((await searchParams).mark);

  // Unknown ids are a 404 page; an unreadable index leaves the query empty so the client shows the
  // API's error with Retry.
  let payload: ArticlePayload | null | undefined;
  try {
    payload = await loadArticle(id);
  } catch {
    payload = undefined;
  }
  if (payload === null) notFound();
  const queryClient = new QueryClient();
  if (payload) queryClient.setQueryData(articleQueryOptions(id).queryKey, payload);

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <main id="main">
        <ArticleReader id={id} mark={mark} />
      </main>
    </HydrationBoundary>
  );
}
