import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleIndexSchema, type ArticleMeta } from '@/lib/schema/articles';
import { DataUnavailableError, fsProblem } from './data-unavailable-error';
import { mtimeCache, type Versioned } from './mtime-cache';
import { summarizeIssues } from './zod-summary';

const RESOURCE = 'article index';

export function defaultArticlesDir(): string {
  return process.env.ARTICLES_DIR ?? path.join(process.cwd(), 'data', 'articles');
}

export type ArticleIndex = {
  /** Oldest publication first, then by id. */
  articles: ArticleMeta[];
  byId: ReadonlyMap<string, ArticleMeta>;
};

async function decodeIndex(file: string): Promise<ArticleIndex> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new DataUnavailableError(RESOURCE, 'corrupt', `index.json is not JSON (${error.message})`);
    throw new DataUnavailableError(RESOURCE, fsProblem(error), 'cannot read index.json');
  }
  const parsed = articleIndexSchema.safeParse(json);
  if (!parsed.success) throw new DataUnavailableError(RESOURCE, 'invalid', summarizeIssues(parsed.error));
  const articles = [...parsed.data].sort((a, b) =>
    a.published === b.published ? (a.id < b.id ? -1 : 1) : a.published < b.published ? -1 : 1,
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  if (byId.size !== articles.length) throw new DataUnavailableError(RESOURCE, 'invalid', 'two articles share an id');
  return { articles, byId };
}

export type ArticleWithText = { meta: ArticleMeta; text: string };

export type ArticlesStore = {
  list(): Promise<Versioned<ArticleIndex>>;
  /** null when no article has this id. */
  get(id: string): Promise<(ArticleWithText & { version: string }) | null>;
};

/** Server only. Texts are cached per file version like the index. */
export function createArticlesStore(dir: () => string = defaultArticlesDir): ArticlesStore {
  const list = mtimeCache(RESOURCE, () => path.join(dir(), 'index.json'), decodeIndex);
  const texts = new Map<string, () => Promise<Versioned<string>>>();

  function textLoader(file: string) {
    let loader = texts.get(file);
    if (!loader) {
      loader = mtimeCache(`article text ${path.basename(file)}`, () => file, async (p) => {
        try {
          return await readFile(p, 'utf8');
        } catch (error) {
          throw new DataUnavailableError('article text', fsProblem(error), `cannot read ${path.basename(p)}`);
        }
      });
      texts.set(file, loader);
    }
    return loader;
  }

  return {
    list,
    async get(id) {
      const index = await list();
      const meta = index.value.byId.get(id);
      if (!meta) return null;
      const root = path.resolve(dir());
      const file = path.resolve(root, meta.file);
      // The schema already forbids separators in `file`; this keeps a future schema change from opening other files.
      if (path.dirname(file) !== root) throw new DataUnavailableError(RESOURCE, 'invalid', `article ${id} points outside the folder`);
      const text = await textLoader(file)();
      return { meta, text: text.value, version: `${index.version}|${text.version}` };
    },
  };
}

export const articlesStore: ArticlesStore = createArticlesStore();
