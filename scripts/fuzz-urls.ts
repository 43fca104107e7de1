import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { changesUrlCases } from '@/e2e/reliability/fuzz/changes-url-cases';
import { checkUrlCase } from '@/e2e/reliability/fuzz/check-url';
import { urlCases, urlOf } from '@/e2e/reliability/fuzz/url-cases';
import { startServer, type Server } from '@/e2e/reliability/support/server';

/**
 * The large page URL fuzz: `tsx scripts/fuzz-urls.ts [--cases 1000] [--changes-cases 200] [--seed 1] [--pages 2] [--base URL]`.
 * Without --base it starts the production build itself on port 3391 (build first; NEXT_DIST_DIR is honoured).
 */
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    pages: { type: 'string', default: '2' },
    'changes-cases': { type: 'string', default: '200' },
    base: { type: 'string' },
  },
});

async function main(): Promise<number> {
  let server: Server | null = null;
  if (!values.base) server = await startServer(3391);
  const base = values.base ?? server!.url;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) throw new Error('the fuzz targets loopback only');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const articles = (await (await fetch(`${base}/api/articles`)).json()) as { articles: { id: string }[] };
    const dashboard = urlCases(
      Number(values.seed),
      Number(values.cases),
      articles.articles.map((a) => a.id),
    );
    // The change list and its feeds: a separate stream, so the dashboard cases of a seed stay the same.
    const cases = [
      ...dashboard,
      ...changesUrlCases(Number(values.seed), Number(values['changes-cases']), dashboard.length),
    ];
    const tally = { shown: 0, refused: 0 };
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      const context = await browser.newContext({
        locale: 'en-GB',
        timezoneId: 'UTC',
        viewport: { width: 1400, height: 1000 },
      });
      // Nothing may leave the machine; a request that tries is a failure of its case.
      const external: string[] = [];
      await context.route(
        (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && !/^(data|blob|about):/.test(url.protocol),
        (route) => {
          external.push(route.request().url());
          return route.abort();
        },
      );
      while (next < cases.length) {
        const c = cases[next++]!;
        external.length = 0;
        const outcome = await checkUrlCase(context, base, c);
        tally[outcome.kind]++;
        for (const s of outcome.statuses) statuses.set(s, (statuses.get(s) ?? 0) + 1);
        const problems = [...outcome.problems, ...external.map((u) => `request left localhost: ${u}`)];
        if (problems.length > 0) failures.push(`#${c.n} ${urlOf(c).slice(0, 160)}\n      ${problems.join('\n      ')}`);
        if ((c.n + 1) % 100 === 0) console.error(`… ${c.n + 1} cases, ${failures.length} failing`);
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: Number(values.pages) }, worker));
    const minutes = (performance.now() - started) / 60_000;
    console.log(`URL fuzz: ${cases.length} cases (seed ${values.seed}) in ${minutes.toFixed(1)} min`);
    console.log(`pages shown and checked: ${tally.shown}, refused before rendering (oversized): ${tally.refused}`);
    console.log(
      `statuses seen (redirects included): ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(', ')}`,
    );
    console.log(`failing cases: ${failures.length}`);
    for (const failure of failures.slice(0, 40)) console.log(`  ${failure}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
