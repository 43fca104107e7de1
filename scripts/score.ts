/**
 * Scores the extractor against a hand annotation: `npm run score -- --articles <dir> --gold <file>`.
 * Prints precision, recall and F1 for positions (country, stance and reason) and for spending figures, how often
 * positions of each confidence band are right, then every disagreement. Exit code 0 whatever the score: this measures, the tests decide.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '@/lib/extract/io/corpus';
import { extractArticle } from '@/lib/extract/pipeline';
import { scoreCorpus, type Score, type GoldArticle } from '@/lib/extract/eval/gold-score';
import { confidenceBands } from '@/lib/extract/eval/bands';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const articlesDir = option('articles', 'data/articles');
const gold = JSON.parse(readFileSync(option('gold', 'data/gold.json'), 'utf8')) as {
  articles: Record<string, GoldArticle>;
};
const corpus = readCorpus(articlesDir);
const missing = corpus.find((a) => !gold.articles[a.meta.id]);
if (missing) {
  console.error(`error: ${missing.meta.id} has no annotation in the gold file`);
  process.exit(2);
}
const extracted = corpus.map((a) => ({ id: a.meta.id, ...extractArticle(a.meta, a.text) }));
const { positions, spending } = scoreCorpus(gold.articles, extracted);
const line = (label: string, s: Score) =>
  `${label.padEnd(10)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
console.log(`${corpus.length} articles from ${articlesDir}`);
console.log(line('positions', positions));
console.log(line('spending', spending));
const bands = confidenceBands(extracted.map((e) => ({ gold: gold.articles[e.id]!, predicted: e.positions })));
console.log(
  `confidence ${bands.map((b) => `≥${b.floor.toFixed(1)}: ${b.right}/${b.total}${b.total ? ` (${(b.precision * 100).toFixed(0)}%)` : ''}`).join('  ')}`,
);
if (positions.forbidden.length)
  console.log(`positions for countries that hold none: ${positions.forbidden.join(', ')}`);
for (const e of [...positions.errors, ...spending.errors]) console.log(`  ${e}`);
