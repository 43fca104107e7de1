/**
 * Scores the extractor against a hand annotation: `npm run score -- --articles <dir> --gold <file>`.
 * Prints precision, recall and F1 for positions (country, stance and reason) and for spending figures,
 * then every disagreement. Exit code 0 whatever the score: this measures, the tests decide.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '@/lib/extract/corpus';
import { extractArticle } from '@/lib/extract/pipeline';
import { combine, scoreArticle, scoreSpending, type GoldArticle } from '@/lib/extract/gold-score';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const articlesDir = option('articles', 'data/articles');
const gold = JSON.parse(readFileSync(option('gold', 'data/gold.json'), 'utf8')) as { articles: Record<string, GoldArticle> };
const corpus = readCorpus(articlesDir);
const positionScores = [];
const spendingScores = [];
for (const article of corpus) {
  const annotation = gold.articles[article.meta.id];
  if (!annotation) {
    console.error(`error: ${article.meta.id} has no annotation in the gold file`);
    process.exit(2);
  }
  const extraction = extractArticle(article.meta, article.text);
  positionScores.push(scoreArticle(article.meta.id, annotation, extraction.positions));
  const predicted = extraction.spending.map((s) => ({ iso3: s.iso3, kind: s.spending.kind, value: s.spending.value, unit: s.spending.unit, year: s.spending.year }));
  spendingScores.push(scoreSpending(article.meta.id, annotation.spending as never, predicted));
}
const line = (label: string, s: ReturnType<typeof combine>) =>
  `${label.padEnd(10)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
const positions = combine(positionScores);
const spending = combine(spendingScores);
console.log(`${corpus.length} articles from ${articlesDir}`);
console.log(line('positions', positions));
console.log(line('spending', spending));
if (positions.forbidden.length) console.log(`positions for countries that hold none: ${positions.forbidden.join(', ')}`);
for (const e of [...positions.errors, ...spending.errors]) console.log(`  ${e}`);
