import type { Browser, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { newProbedPage, VIEWPORT } from './step-latency';

export type ResourceKind = 'js' | 'data' | 'other';

export type LoadedResource = {
  path: string;
  kind: ResourceKind;
  /** initial: the document or named in it; lazy: asked for later by script (dynamic imports, fetches, the worker). */
  phase: 'initial' | 'lazy';
  raw: number;
  /** gzip at zlib's default level, as `next start` compresses; already-compressed formats count as sent. */
  gzip: number;
};

export type FirstLoad = { resources: LoadedResource[]; js: number; data: number; total: number; initialTotal: number };

function kindOf(response: Response): ResourceKind {
  const type = response.request().resourceType();
  const path = new URL(response.url()).pathname;
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'document' || type === 'fetch' || type === 'xhr' || path.endsWith('.json')) return 'data';
  return 'other';
}

/**
 * Everything a fresh browser fetches for `url` until the choropleth is painted and the network is
 * quiet. Sizes come from the response bodies, compressed here, so the count does not depend on
 * headers or timing: the same build and data give the same bytes.
 */
export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const responses: Response[] = [];
  context.on('response', (response) => {
    if (response.url().startsWith('http') && response.status() === 200) responses.push(response);
  });
  try {
    const page = await newProbedPage(context);
    await page.goto(url);
    await page.waitForFunction(
      () =>
        (window as unknown as { __benchProbe: { firstColorFrame: { end: number | null } | null } }).__benchProbe
          .firstColorFrame?.end,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const document = responses.find((r) => r.request().resourceType() === 'document');
    const html = document ? (await document.body()).toString('utf8') : '';
    const resources: LoadedResource[] = [];
    for (const response of responses) {
      const body = await response.body();
      const path = new URL(response.url()).pathname + new URL(response.url()).search;
      const kind = kindOf(response);
      const compressed = /\.(woff2?|png|jpe?g|webp|avif|gif)$/.test(new URL(response.url()).pathname);
      resources.push({
        path,
        kind,
        phase: response === document || html.includes(new URL(response.url()).pathname) ? 'initial' : 'lazy',
        raw: body.length,
        gzip: compressed ? body.length : gzipSync(body).length,
      });
    }
    const sum = (filter: (r: LoadedResource) => boolean) => resources.filter(filter).reduce((n, r) => n + r.gzip, 0);
    const js = sum((r) => r.kind === 'js');
    const data = sum((r) => r.kind === 'data');
    return {
      resources,
      js,
      data,
      total: js + data,
      initialTotal: sum((r) => r.kind !== 'other' && r.phase === 'initial'),
    };
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The resources as aligned lines, largest first, for the bytes check and the benchmark log. */
export function describeFirstLoad(load: FirstLoad): string {
  const rows = [...load.resources].sort((a, b) => b.gzip - a.gzip);
  return rows
    .map(
      (r) =>
        `  ${r.kind.padEnd(5)} ${r.phase.padEnd(7)} ${kb(r.gzip).padStart(10)}  ${r.path}${r.kind === 'other' ? '  (not counted)' : ''}`,
    )
    .join('\n');
}
