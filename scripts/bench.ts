// `npm run bench`: builds the product into .next-bench, then measures timeline step latency (real
// data, at scale, against two reference choropleths), cold load, Lighthouse, first-load bytes and
// extraction. Prints a table, writes bench/results.json and the table of bench/PERFORMANCE.md.
// Numbers, not tests: only `npm run bench:bytes` gates CI. Flags: --reuse-build, --steps N.
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { coldLoads } from '@/bench/lib/cold-load';
import { hotspots } from '@/bench/lib/cpu-profile';
import { runExtractionChild } from '@/bench/lib/extraction';
import { describeFirstLoad, measureFirstLoad } from '@/bench/lib/first-load-bytes';
import { runLighthouse } from '@/bench/lib/lighthouse';
import { ensureBuild, startNext } from '@/bench/lib/next-server';
import { markdownTable, updatePerformanceDoc } from '@/bench/lib/report';
import type { BenchResults, DatasetSteps, Implementation, StepStats } from '@/bench/lib/results';
import { median, summarize } from '@/bench/lib/stats';
import { planSteps, type StepPlan } from '@/bench/lib/step-plan';
import { newProbedPage, timeSteps, VIEWPORT, type StepSample } from '@/bench/lib/step-latency';
import { startStaticServer } from '@/bench/lib/static-server';
import { writeSyntheticCorpus, SYNTHETIC_CORPUS } from './gen-synthetic-corpus';
import { SYNTHETIC_ARTICLES, SYNTHETIC_POSITIONS, writeSynthetic } from './gen-synthetic';

const DIST_DIR = '.next-bench';
const PORTS = { real: 3220, scale: 3221, references: 3222 };
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const COLD_RUNS = 7;
const LIGHTHOUSE_RUNS = 3;
const REAL = { positions: 'data/positions.geojson', articles: 'data/articles' };
const SCALE = { positions: SYNTHETIC_POSITIONS, articles: SYNTHETIC_ARTICLES };

const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function stepStats(samples: StepSample[], withPresented: boolean): StepStats {
  return {
    draw: summarize(samples.map((s) => s.draw)),
    frame: summarize(samples.map((s) => s.frame)),
    presented: withPresented ? summarize(samples.map((s) => s.presented ?? 16)) : null,
  };
}

function datasetOf(file: string, plan: StepPlan) {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { positions: unknown[] } }[] };
  return {
    countries: collection.features.length,
    positions: collection.features.reduce((n, f) => n + f.properties.positions.length, 0),
    stops: plan.stops.length,
  };
}

/**
 * Times the product's steps on the map of the first load (the SVG overview) or, with `zoomable`, on
 * the MapLibre map a user gets from "Zoom and pan"; also returns the map's size, so the reference
 * maps draw the same number of pixels.
 */
async function productSteps(browser: Browser, url: string, plan: StepPlan, count: number, zoomable = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await newProbedPage(context);
    await page.goto(`${url}/en`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __benchProbe: { firstColorFrame: { end: number | null } | null } }).__benchProbe
          .firstColorFrame?.end,
      null,
      { timeout: 60_000 },
    );
    if (zoomable) {
      await page.getByRole('button', { name: 'Zoom and pan' }).click();
      await page.waitForSelector('.atlas-map__canvas[data-loaded="true"] canvas', { timeout: 60_000 });
      await page.waitForSelector('svg.overview-map', { state: 'detached', timeout: 60_000 });
    }
    const size = await page.evaluate(() => {
      const map = document.querySelector<HTMLElement>('.atlas-map');
      return { width: map?.clientWidth ?? 994, height: map?.clientHeight ?? 618 };
    });
    return { samples: await timeSteps(page, plan, count), size };
  } finally {
    await context.close();
  }
}

async function referenceSteps(
  browser: Browser,
  url: string,
  page: 'setdata' | 'svg',
  plan: StepPlan,
  size: { width: number; height: number },
  count: number,
) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await newProbedPage(context);
    await tab.goto(`${url}/reference/${page}.html?w=${size.width}&h=${size.height}`);
    await tab.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    return await timeSteps(tab, plan, count);
  } finally {
    await context.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { 'reuse-build': { type: 'boolean', default: false }, steps: { type: 'string', default: '100' } },
  });
  const stepCount = Number(values.steps);
  const loadStart = loadavg();
  const started = Date.now();

  log(`building the product into ${DIST_DIR}`);
  const fresh = ensureBuild(DIST_DIR, !values['reuse-build']) === 'built';

  log('generating the synthetic datasets');
  mkdirSync('bench/out', { recursive: true });
  const made = writeSynthetic();
  const corpusMade = writeSyntheticCorpus();
  log(`  at scale: ${made.positions} positions, ${made.countries} countries; corpus: ${corpusMade.articles} articles`);
  const plans = { real: planSteps(REAL.positions, REAL.articles), scale: planSteps(SCALE.positions, SCALE.articles) };

  const browser = await chromium.launch({ executablePath: CHROME });
  const samples: Record<'real' | 'scale', Partial<Record<Implementation, StepSample[]>>> = { real: {}, scale: {} };
  let size = { width: 994, height: 618 };
  let cold: BenchResults['cold'];
  let bytes: BenchResults['bytes'];
  const lighthouseRuns: BenchResults['lighthouse']['runs'] = [];
  try {
    const real = await startNext({ distDir: DIST_DIR, port: PORTS.real });
    try {
      log('cold loads');
      await coldLoads(browser, `${real.url}/en`, 1); // warms the server's data caches, not timed
      const runs = await coldLoads(browser, `${real.url}/en`, COLD_RUNS);
      cold = { runs, painted: median(runs.map((r) => r.painted)), fcp: median(runs.map((r) => r.fcp)) };
      log('first-load bytes');
      bytes = await measureFirstLoad(browser, `${real.url}/en`);
      console.error(describeFirstLoad(bytes));
      // Lighthouse sometimes loses its trace on a loaded machine (NO_NAVSTART): one retry, then the run is left out.
      for (let i = 0, attempts = 0; i < LIGHTHOUSE_RUNS && attempts < LIGHTHOUSE_RUNS + 2; attempts++) {
        log(`lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}`);
        try {
          lighthouseRuns.push(await runLighthouse(`${real.url}/en`, CHROME));
          i++;
        } catch (error) {
          log(`  lighthouse failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      log(`product steps, real data (${stepCount})`);
      const product = await productSteps(browser, real.url, plans.real, stepCount);
      samples.real.product = product.samples;
      size = product.size;
      log(`product steps on the zoomable map, real data (${stepCount})`);
      samples.real.productZoomable = (await productSteps(browser, real.url, plans.real, stepCount, true)).samples;
    } finally {
      await real.stop();
    }

    const scale = await startNext({
      distDir: DIST_DIR,
      port: PORTS.scale,
      env: { POSITIONS_FILE: SCALE.positions, ARTICLES_DIR: SCALE.articles },
    });
    try {
      log(`product steps, at scale (${stepCount})`);
      samples.scale.product = (await productSteps(browser, scale.url, plans.scale, stepCount)).samples;
      log(`product steps on the zoomable map, at scale (${stepCount})`);
      samples.scale.productZoomable = (await productSteps(browser, scale.url, plans.scale, stepCount, true)).samples;
    } finally {
      await scale.stop();
    }

    const references = await startStaticServer(PORTS.references);
    try {
      for (const dataset of ['real', 'scale'] as const) {
        references.setJson('/data/steps.json', plans[dataset]);
        for (const page of ['setdata', 'svg'] as const) {
          log(`reference ${page}, ${dataset} (${stepCount})`);
          samples[dataset][page === 'setdata' ? 'setData' : 'svg'] = await referenceSteps(
            browser,
            references.url,
            page,
            plans[dataset],
            size,
            stepCount,
          );
        }
      }
    } finally {
      await references.close();
    }
  } finally {
    await browser.close();
  }

  log('extraction: data/articles');
  const realExtraction = await runExtractionChild(['repeat', REAL.articles, '4']);
  log('extraction: CPU profile of data/articles');
  rmSync('bench/out/cpu-profile', { recursive: true, force: true });
  await runExtractionChild(['repeat', REAL.articles, '4'], ['--cpu-prof', '--cpu-prof-dir=bench/out/cpu-profile']);
  log(`extraction: ${corpusMade.articles} synthetic articles, streamed`);
  const corpusExtraction = await runExtractionChild(['stream', SYNTHETIC_CORPUS], ['--expose-gc']);
  log('extraction: the npm run extract entry point on the same corpus');
  const entryPoint = await runExtractionChild(['run', SYNTHETIC_CORPUS]);

  const latency = (dataset: 'real' | 'scale', file: string): DatasetSteps => ({
    dataset: datasetOf(file, plans[dataset]),
    steps: {
      product: stepStats(samples[dataset].product!, true),
      productZoomable: stepStats(samples[dataset].productZoomable!, true),
      setData: stepStats(samples[dataset].setData!, false),
      svg: stepStats(samples[dataset].svg!, true),
    },
  });
  const chromiumVersion = await chromium.launch({ executablePath: CHROME }).then(async (b) => {
    const v = b.version();
    await b.close();
    return v;
  });
  const results: BenchResults = {
    when: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: `Chromium ${chromiumVersion}`,
      loadAverage: { start: loadStart, end: loadavg() },
    },
    build: { distDir: DIST_DIR, fresh },
    latency: { real: latency('real', REAL.positions), scale: latency('scale', SCALE.positions) },
    cold: cold!,
    lighthouse: {
      runs: lighthouseRuns,
      score: median(lighthouseRuns.map((r) => r.score)),
      tbt: median(lighthouseRuns.map((r) => r.tbt)),
    },
    bytes: bytes!,
    extraction: {
      real: realExtraction,
      corpus: corpusExtraction,
      entryPoint,
      hotspots: hotspots('bench/out/cpu-profile'),
    },
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 1)}\n`);
  console.log(markdownTable(results));
  console.log(`\nextraction hotspots (self time, data/articles):`);
  for (const h of results.extraction.hotspots)
    console.log(`  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.fn}  ${h.where}`);
  for (const doc of ['bench/PERFORMANCE.md', 'README.md'])
    if (updatePerformanceDoc(doc, results)) log(`updated the table in ${doc}`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; wrote bench/results.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
