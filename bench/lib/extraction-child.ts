// Runs in its own process (bench/lib/extraction.ts starts it) so its memory is its own.
//   repeat <dir> <cpu seconds>: extracts the corpus over and over for that much CPU time, after as
//     much again to warm up (the real corpus is small: a short run would time the JIT compiling it)
//   stream <dir>: reads, checks and extracts one article at a time and keeps only counts, as a
//     writer that streams its output would: any memory growth is the extractor's own
//   run <dir>: the `npm run extract` entry point, runExtraction, which reads the whole corpus first
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle, readCorpus } from '@/lib/extract/io/corpus';
import { extractArticle } from '@/lib/extract/pipeline';
import { runExtraction } from '@/lib/extract/io/run';
import type { ArticleMeta } from '@/lib/schema/articles';

export type ChildMessage =
  | { type: 'progress'; articles: number; rss: number; heapUsed: number }
  | {
      type: 'done';
      articles: number;
      bytes: number;
      seconds: number;
      cpuSeconds: number;
      positions: number;
      maxRss: number;
    };

const send = (message: ChildMessage) => process.send?.(message);
const memory = () => ({ rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed });
const maxRss = () => process.resourceUsage().maxRSS * 1024;

/** Wall and CPU time since `start`; CPU time (all threads, GC included) is what "per core" means on a busy machine. */
function clock() {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}

function repeat(dir: string, seconds: number) {
  const articles = readCorpus(dir);
  const size = articles.reduce((n, a) => n + a.bytes, 0);
  const warmUp = clock();
  while (warmUp().cpuSeconds < seconds) for (const a of articles) extractArticle(a.meta, a.text);
  let rounds = 0;
  let positions = 0;
  const elapsed = clock();
  while (elapsed().cpuSeconds < seconds) {
    for (const a of articles) positions += extractArticle(a.meta, a.text).positions.length;
    rounds += 1;
  }
  send({
    type: 'done',
    articles: articles.length * rounds,
    bytes: size * rounds,
    ...elapsed(),
    positions,
    maxRss: maxRss(),
  });
}

function stream(dir: string) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ArticleMeta[];
  let positions = 0;
  let bytes = 0;
  const elapsed = clock();
  // The forced collections are the measurement's, not the extractor's: their time is taken out again.
  let probeSeconds = 0;
  let probeCpuSeconds = 0;
  index.forEach((meta, i) => {
    const file = join(dir, meta.file);
    const raw = readFileSync(file);
    const decoded = decodeArticle(file, raw);
    if ('problem' in decoded) throw new Error(decoded.problem);
    bytes += raw.length;
    positions += extractArticle(meta, decoded.text).positions.length;
    if ((i + 1) % 250 === 0) {
      // A full collection first (the parent runs this mode with --expose-gc): what stays is what the extractor keeps.
      const probe = clock();
      (globalThis as { gc?: () => void }).gc?.();
      const spent = probe();
      probeSeconds += spent.seconds;
      probeCpuSeconds += spent.cpuSeconds;
      send({ type: 'progress', articles: i + 1, ...memory() });
    }
  });
  const total = elapsed();
  send({
    type: 'done',
    articles: index.length,
    bytes,
    seconds: total.seconds - probeSeconds,
    cpuSeconds: total.cpuSeconds - probeCpuSeconds,
    positions,
    maxRss: maxRss(),
  });
}

function run(dir: string) {
  const elapsed = clock();
  const result = runExtraction({ articlesDir: dir, baseFile: 'data/countries.geojson', correctionsFile: null });
  const s = result.summary;
  send({ type: 'done', articles: s.articles, bytes: s.bytes, ...elapsed(), positions: s.positions, maxRss: maxRss() });
}

const [mode, dir, seconds] = process.argv.slice(2);
if (!dir) throw new Error('usage: extraction-child.ts repeat|stream|run <articles dir> [seconds]');
if (mode === 'repeat') repeat(dir, Number(seconds ?? 5));
else if (mode === 'stream') stream(dir);
else if (mode === 'run') run(dir);
else throw new Error(`unknown mode ${mode}`);
