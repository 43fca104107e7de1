import { articleMentions } from './article-mentions';
import { articlesStore, type ArticlesStore } from './articles-store';
import { DataUnavailableError } from './data-unavailable-error';
import type { ArticlePayload } from './payloads';
import { positionsStore, type PositionsStore } from './positions-store';

export type ArticleSources = { positions: PositionsStore; articles: ArticlesStore };

const defaultSources: ArticleSources = { positions: positionsStore, articles: articlesStore };

/**
 * One article with its highlights, or null for an unknown id. The text is the point of the reader,
 * so a broken positions file only costs the highlights, not the page.
 */
export async function loadArticlePayload(
  id: string,
  sources: ArticleSources = defaultSources,
): Promise<{ payload: ArticlePayload; version: string } | null> {
  const article = await sources.articles.get(id);
  if (!article) return null;
  try {
    const positions = await sources.positions.load();
    return {
      payload: { meta: article.meta, text: article.text, mentions: articleMentions(positions.value.countries, id, article.text) },
      version: `${article.version}|${positions.version}`,
    };
  } catch (error) {
    if (!(error instanceof DataUnavailableError)) throw error;
    return {
      payload: { meta: article.meta, text: article.text, mentions: [], mentionsUnavailable: error.message },
      // Distinct from any healthy version, so the fixed file is fetched again rather than answered with a 304.
      version: `${article.version}|unavailable`,
    };
  }
}
