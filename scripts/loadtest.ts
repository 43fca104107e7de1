import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { startNginx, type Nginx } from '@/e2e/reliability/support/nginx';
import { startServer, type Server } from '@/e2e/reliability/support/server';

/**
 * `npm run loadtest [-- --duration 30 --connections 100 --base http://127.0.0.1:3100 --json out.json --proxy]`
 * Hammers the dashboard page, a shared view and each API route of the production build in turn and reports
 * requests/s, latency percentiles and errors. Bounded by design: loopback only, at most 100 connections and 30 s
 * per route. Without --base it starts the build itself on port 3392. With --proxy it also starts one more
 * `next start` per core behind nginx (deploy/nginx/nginx.conf; Debian's package, installed when missing) and
 * measures the same routes through the proxy in the same run.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '3' },
    base: { type: 'string' },
    json: { type: 'string' },
    proxy: { type: 'boolean', default: false },
  },
});

const PROXY_PORT = 8392;

const MAX_CONNECTIONS = 100;
const MAX_SECONDS = 30;
/** The API target from the issue: p99 under this many milliseconds, and no errors at all. */
const API_P99_TARGET_MS = 100;

const connections = Math.min(Number(values.connections), MAX_CONNECTIONS);
const duration = Math.min(Number(values.duration), MAX_SECONDS);

type Row = {
  via: string;
  route: string;
  api: boolean;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
  mbps: number;
};

async function hit(url: string, seconds: number, conns: number) {
  // A browser's headers, so the server does the same work (compression included) as for real visitors.
  return autocannon({
    url,
    connections: conns,
    duration: seconds,
    headers: { accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
  });
}

/** Milliseconds for one GET, body read in full; throws on a non-200 answer so a broken picture is not timed. */
async function timeGet(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return Math.round(performance.now() - start);
}

/**
 * Preview pictures on a server that has drawn none yet: the first one after start, new views after it, a cached
 * one, the 2× export and the SVG. Each view is asked for once cold and once again (the cached answer).
 */
async function timePictures(base: string): Promise<{ picture: string; ms: number }[]> {
  const views = [
    ['first picture after start, en', '/preview/en.png?time=2025-04-15&country=POL'],
    ['a new view, en', '/preview/en.png?time=2025-03-10&stance=declined'],
    ['a new view, ar', '/preview/ar.png?time=2025-06-01&country=GBR~FRA'],
    ['a new view, 2× export', '/preview/en.png?time=2025-05-20&scale=2'],
    ['a new view, SVG', '/preview/en.svg?time=2025-02-20'],
    ['the first view again (cached)', '/preview/en.png?time=2025-04-15&country=POL'],
  ];
  const rows: { picture: string; ms: number }[] = [];
  for (const [picture, path] of views) rows.push({ picture: picture!, ms: await timeGet(`${base}${path}`) });
  return rows;
}

async function main(): Promise<number> {
  const servers: Server[] = [];
  let proxy: Nginx | null = null;
  if (!values.base) servers.push(await startServer(3392));
  const base = values.base ?? servers[0]!.url;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) throw new Error('the load test targets loopback only');
  try {
    if (values.proxy) {
      // One process per core behind the proxy (the first one doubles as "the app alone").
      for (let i = servers.length; i < availableParallelism(); i++) servers.push(await startServer(3392 + i));
      proxy = await startNginx(servers.length ? servers.map((s) => s.url) : [base], PROXY_PORT);
    }
    // Pictures first, while the server has drawn none: the cold figures are the point.
    const pictures = await timePictures(base);
    const articles = (await (await fetch(`${base}/api/articles`)).json()) as { articles: { id: string }[] };
    const routes = [
      { route: '/en', api: false },
      // A shared view, as a newsroom posts it and thousands open it in the same minute.
      { route: '/en?time=2025-04-15&country=POL', api: false },
      { route: '/api/positions', api: true },
      { route: '/api/positions?country=GBR~FRA&date=2025-04-10', api: true },
      { route: '/api/articles', api: true },
      { route: `/api/articles/${articles.articles[0]!.id}`, api: true },
    ];
    const targets = [{ via: 'next start', url: base }, ...(proxy ? [{ via: 'nginx', url: proxy.url }] : [])];
    const rows: Row[] = [];
    for (const { route, api } of routes) {
      for (const { via, url } of targets) {
        await hit(`${url}${route}`, Number(values.warmup), 10);
        const r = await hit(`${url}${route}`, duration, connections);
        rows.push({
          via,
          route,
          api,
          rps: Math.round(r.requests.average),
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          requests: r.requests.total,
          errors: r.errors + r.timeouts,
          non2xx: r.non2xx,
          mbps: Math.round((r.throughput.average / 1048576) * 10) / 10,
        });
        console.error(`${via} ${route}: ${rows.at(-1)!.rps} req/s, p99 ${r.latency.p99} ms`);
      }
    }

    console.log(
      `\nLoad test: ${connections} connections, ${duration} s per route, ${targets.map((t) => `${t.via} ${t.url}`).join(', ')}\n`,
    );
    console.log('| via | route | req/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx | MB/s |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows)
      console.log(
        `| ${r.via} | \`${r.route}\` | ${r.rps} | ${r.p50} | ${r.p99} | ${r.max} | ${r.requests} | ${r.errors} | ${r.non2xx} | ${r.mbps} |`,
      );
    console.log('\nPreview pictures (one request each, in this order, on the server before the load):\n');
    console.log('| picture | ms |');
    console.log('|---|---:|');
    for (const p of pictures) console.log(`| ${p.picture} | ${p.ms} |`);
    if (values.json) writeFileSync(values.json, JSON.stringify({ connections, duration, rows, pictures }, null, 2));

    const misses = rows.filter((r) => r.errors > 0 || r.non2xx > 0 || (r.api && r.p99 >= API_P99_TARGET_MS));
    for (const m of misses)
      console.log(`target missed: ${m.via} ${m.route} (errors ${m.errors}, non-2xx ${m.non2xx}, p99 ${m.p99} ms)`);
    return misses.length === 0 ? 0 : 1;
  } finally {
    await proxy?.stop();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
