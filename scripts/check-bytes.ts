// CI budget: JavaScript + data a fresh browser transfers for the first load of /en, gzip, must stay
// within 400 kB. Uses the build in NEXT_DIST_DIR (default .next), building it only when missing.
import { chromium } from '@playwright/test';
import { describeFirstLoad, kb, measureFirstLoad } from '@/bench/lib/first-load-bytes';
import { ensureBuild, startNext } from '@/bench/lib/next-server';

export const FIRST_LOAD_BUDGET = 400_000;

async function main(): Promise<number> {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const port = Number(process.env.BYTES_PORT ?? 3290);
  if (ensureBuild(distDir) === 'built') console.log(`built ${distDir}`);
  const server = await startNext({ distDir, port });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  try {
    const load = await measureFirstLoad(browser, `${server.url}/en`);
    console.log(`first load of /en (${distDir}), gzip:\n${describeFirstLoad(load)}`);
    console.log(
      `JS ${kb(load.js)} + data ${kb(load.data)} = ${kb(load.total)} (named in the HTML: ${kb(load.initialTotal)}); budget ${kb(FIRST_LOAD_BUDGET)}`,
    );
    if (load.total > FIRST_LOAD_BUDGET) {
      console.error(`over budget by ${kb(load.total - FIRST_LOAD_BUDGET)}`);
      return 1;
    }
    console.log('within budget');
    return 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
