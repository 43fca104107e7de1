/**
 * Prints what each stage of the extractor made of an article: `npm run trace -- --articles <dir> --id <id>`.
 */
import { readCorpus } from '@/lib/extract/io/corpus';
import { traceArticle } from '@/lib/extract/eval/trace';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const id = option('id', '');
const articles = readCorpus(option('articles', 'data/articles')).filter((a) => !id || a.meta.id === id);
if (!articles.length) {
  console.error(`error: no article "${id}" in the folder`);
  process.exit(2);
}
for (const a of articles) console.log(`== ${a.meta.id} (${a.meta.published})\n${traceArticle(a.meta, a.text)}\n`);
