import { parseArgs } from 'node:util';
import { apiCases, type ApiFixture } from '@/e2e/reliability/fuzz/api-cases';
import { checkApiCase } from '@/e2e/reliability/fuzz/check-api';
import { startServer, type Server } from '@/e2e/reliability/support/server';

/**
 * The large API fuzz run: `tsx scripts/fuzz-api.ts [--cases 5000] [--seed 1] [--base http://127.0.0.1:3100]`.
 * Without --base it starts the production build itself on port 3390 (build first; NEXT_DIST_DIR is honoured).
 */
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    base: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
  },
});

async function fixtureFrom(base: string): Promise<ApiFixture> {
  const articles = (await (await fetch(`${base}/api/articles`)).json()) as { articles: { id: string }[] };
  const positions = (await (await fetch(`${base}/api/positions`)).json()) as { countries: { iso3: string }[] };
  return { articleIds: articles.articles.map((a) => a.id), countries: positions.countries.map((c) => c.iso3) };
}

async function main(): Promise<number> {
  let server: Server | null = null;
  if (!values.base) server = await startServer(3390);
  const base = values.base ?? server!.url;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) throw new Error('the fuzz targets loopback only');
  try {
    const cases = apiCases(Number(values.seed), Number(values.cases), await fixtureFrom(base));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const outcome = await checkApiCase(base, c);
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        if (outcome.problems.length > 0)
          failures.push(`#${c.n} ${c.path.slice(0, 120)}: ${outcome.problems.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(`API fuzz: ${cases.length} cases (seed ${values.seed}) in ${seconds.toFixed(1)} s`);
    console.log(
      `statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(', ')}`,
    );
    console.log(
      `5xx: ${[...statuses].filter(([s]) => s >= 500).reduce((n, [, k]) => n + k, 0)}, failures: ${failures.length}`,
    );
    for (const failure of failures.slice(0, 30)) console.log(`  ${failure}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
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
