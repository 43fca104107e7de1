import { spawn } from 'node:child_process';

export type LighthouseRun = { score: number; tbt: number; fcp: number; lcp: number; tti: number; si: number };

/** One Lighthouse run with the desktop preset, performance only, in headless Chromium. */
export function runLighthouse(url: string, chromePath = '/usr/bin/chromium'): Promise<LighthouseRun> {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--preset=desktop',
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`));
      try {
        const lhr = JSON.parse(out) as {
          categories: { performance: { score: number | null } };
          audits: Record<string, { numericValue?: number }>;
          runtimeError?: { message: string };
        };
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        resolve({
          score: Math.round((lhr.categories.performance.score ?? Number.NaN) * 100),
          tbt: audit('total-blocking-time'),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tti: audit('interactive'),
          si: audit('speed-index'),
        });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
