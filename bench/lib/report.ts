import { readFileSync, writeFileSync } from 'node:fs';
import { BUDGETS, type BenchResults, type DatasetSteps, type StepStats } from './results';
import { MB } from './extraction';

const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const p50p95 = (s: { p50: number; p95: number }) => `${ms(s.p50)} · ${ms(s.p95)}`;
const times = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}×`;
/** reference time / product time, said the way it reads: "5.1× faster" or "11× slower". */
const ratio = (v: number) => (v >= 1 ? `${times(v)} faster` : `${times(1 / v)} slower`);
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
/** How far a miss is: "no (12× over)" or, for floors, "no (42 short)". */
const verdict = (ok: boolean, miss: string) => (ok ? 'yes' : `no (${miss})`);

function presented(s: StepStats): string {
  if (!s.presented) return 'n/a';
  // Event Timing reports nothing under 16 ms: such steps count as 16 ms, an upper bound.
  return p50p95(s.presented);
}

function latencyRows(name: string, d: DatasetSteps): string[][] {
  const { product, productZoomable: zoomable, setData, svg } = d.steps;
  const p95 = product.frame.p95;
  const vsSetData = setData.frame.p50 / product.frame.p50;
  const vsSvg = svg.frame.p50 / product.frame.p50;
  const data = `${d.dataset.countries} countries, ${d.dataset.positions.toLocaleString('en')} positions, ${d.dataset.stops} stops`;
  return [
    [
      `Step → frame done, product as first loaded (SVG overview), ${name} (${data}; n=${product.frame.n})`,
      p50p95(product.frame),
      `p95 ≤ ${BUDGETS.stepP95Ms} ms`,
      verdict(p95 <= BUDGETS.stepP95Ms, `${times(p95 / BUDGETS.stepP95Ms)} over`),
    ],
    [`  of which main-thread work until the map draws`, p50p95(product.draw), '', ''],
    [`  presented (Event Timing)`, presented(product), '', ''],
    [
      `Step → frame done, product's zoomable map (MapLibre feature-state, after "Zoom and pan"), ${name}`,
      `${p50p95(zoomable.frame)}: ${ratio(setData.frame.p50 / zoomable.frame.p50)} than (a) at p50`,
      `p95 ≤ ${BUDGETS.stepP95Ms} ms`,
      verdict(zoomable.frame.p95 <= BUDGETS.stepP95Ms, `${times(zoomable.frame.p95 / BUDGETS.stepP95Ms)} over`),
    ],
    [`  of which main-thread work until the map draws`, p50p95(zoomable.draw), '', ''],
    [
      `Step → frame done, (a) MapLibre setData, ${name}`,
      `${p50p95(setData.frame)}: product ${ratio(vsSetData)} at p50`,
      '≥ 10× faster',
      verdict(vsSetData >= BUDGETS.vsSetData, ratio(vsSetData)),
    ],
    [
      `Step → frame done, (b) SVG d3-geo, ${name}`,
      `${p50p95(svg.frame)}: product ${ratio(vsSvg)} at p50`,
      '≥ 3× faster',
      verdict(vsSvg >= BUDGETS.vsSvg, ratio(vsSvg)),
    ],
    [`  (b) presented (Event Timing)`, presented(svg), '', ''],
  ];
}

/** The Markdown table of a run: p50 · p95 for latencies, medians elsewhere. */
export function markdownTable(r: BenchResults): string {
  const { real, corpus, entryPoint } = r.extraction;
  // Flat means the live heap after a full collection does not grow with the article count; RSS is shown too,
  // but V8 sizes its heap as it likes, so RSS alone moves by a few MB either way.
  const first = corpus.rss[0];
  const last = corpus.rss.at(-1);
  const growth = first && last && corpus.rss.length > 1 ? last.heapUsed - first.heapUsed : 0;
  const per1k = first && last && corpus.rss.length > 1 ? growth / ((last.articles - first.articles) / 1000) : 0;
  const rows: string[][] = [
    ...latencyRows('real data', r.latency.real),
    ...latencyRows('at scale', r.latency.scale),
    [
      `Cold load → choropleth painted (median of ${r.cold.runs.length} fresh contexts)`,
      `${ms(r.cold.painted)} (first contentful paint ${ms(r.cold.fcp)})`,
      `≤ ${BUDGETS.coldLoadMs} ms`,
      verdict(r.cold.painted <= BUDGETS.coldLoadMs, `${times(r.cold.painted / BUDGETS.coldLoadMs)} over`),
    ],
    [
      `Lighthouse desktop performance (median of ${r.lighthouse.runs.length})`,
      `${r.lighthouse.score}, total blocking time ${ms(r.lighthouse.tbt)}`,
      `≥ ${BUDGETS.lighthouse}`,
      verdict(r.lighthouse.score >= BUDGETS.lighthouse, `${BUDGETS.lighthouse - r.lighthouse.score} points short`),
    ],
    [
      `First load of /en, JS + data, gzip`,
      `${kb(r.bytes.total)} (JS ${kb(r.bytes.js)}, data ${kb(r.bytes.data)}; named in the HTML ${kb(r.bytes.initialTotal)})`,
      `≤ ${kb(BUDGETS.firstLoadBytes)}`,
      verdict(r.bytes.total <= BUDGETS.firstLoadBytes, `${kb(r.bytes.total - BUDGETS.firstLoadBytes)} over`),
    ],
    [
      `Extraction, data/articles (the shipped articles, extracted over and over)`,
      `${real.mbPerSecond.toFixed(2)} MB/s, ${real.articlesPerSecond.toFixed(0)} articles/s per core (wall ${real.wallMbPerSecond.toFixed(2)} MB/s)`,
      `≥ ${BUDGETS.extractionMbPerS} MB/s`,
      verdict(
        real.mbPerSecond >= BUDGETS.extractionMbPerS,
        `${(BUDGETS.extractionMbPerS - real.mbPerSecond).toFixed(2)} MB/s short`,
      ),
    ],
    [
      `Extraction, ${corpus.articles.toLocaleString('en')} synthetic articles (${mb(corpus.bytes)}), streamed`,
      `${corpus.mbPerSecond.toFixed(2)} MB/s, ${corpus.articlesPerSecond.toFixed(0)} articles/s per core (wall ${corpus.wallMbPerSecond.toFixed(2)} MB/s)`,
      `≥ ${BUDGETS.extractionMbPerS} MB/s`,
      verdict(
        corpus.mbPerSecond >= BUDGETS.extractionMbPerS,
        `${(BUDGETS.extractionMbPerS - corpus.mbPerSecond).toFixed(2)} MB/s short`,
      ),
    ],
    [
      `  memory over those articles`,
      `live heap after GC ${mb(first?.heapUsed ?? 0)} → ${mb(last?.heapUsed ?? 0)} (${per1k < 0 ? '−' : '+'}${(Math.abs(per1k) / MB).toFixed(2)} MB per 1,000 articles); RSS ${mb(first?.rss ?? 0)} → ${mb(last?.rss ?? 0)}, peak ${mb(corpus.maxRss)}`,
      'flat',
      verdict(per1k < MB / 4, `+${mb(growth)}`),
    ],
  ];
  if (entryPoint)
    rows.push([
      `  \`npm run extract\` entry point (runExtraction) on the same corpus`,
      `peak RSS ${mb(entryPoint.maxRss)}, ${entryPoint.mbPerSecond.toFixed(2)} MB/s per core`,
      '',
      '',
    ]);
  const header = ['Measure', 'Result (p50 · p95, or median)', 'Budget', 'Met'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/** Replaces the table between the markers of bench/PERFORMANCE.md, leaving the prose alone. */
export function updatePerformanceDoc(file: string, r: BenchResults): boolean {
  const doc = readFileSync(file, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) return false;
  const machine = `Run of ${r.when.slice(0, 10)}: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.chromium} headless with software WebGL; load average (1, 5, 15 min) ${r.machine.loadAverage.start.map((l) => l.toFixed(1)).join(' ')} at the start, ${r.machine.loadAverage.end.map((l) => l.toFixed(1)).join(' ')} at the end.`;
  writeFileSync(file, `${doc.slice(0, from + START.length)}\n${machine}\n\n${markdownTable(r)}\n${doc.slice(to)}`);
  return true;
}
