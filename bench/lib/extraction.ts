import { fork } from 'node:child_process';
import type { ChildMessage } from './extraction-child';

export type ExtractionRun = {
  articles: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  /** Per CPU second: the rate of one core, whatever else the machine runs. */
  mbPerSecond: number;
  articlesPerSecond: number;
  /** Per wall-clock second, for reference. */
  wallMbPerSecond: number;
  positions: number;
  maxRss: number;
  /** RSS every 250 articles (stream mode only): flat memory means no growth with the article count. */
  rss: { articles: number; rss: number; heapUsed: number }[];
};

/** 2^20 bytes, as `npm run extract` reports MB/s. */
export const MB = 1048576;

/** Runs bench/lib/extraction-child.ts in a fresh Node process; extra node flags (e.g. --cpu-prof) go first. */
export function runExtractionChild(args: string[], nodeFlags: string[] = []): Promise<ExtractionRun> {
  return new Promise((resolve, reject) => {
    const child = fork('bench/lib/extraction-child.ts', args, {
      execArgv: ['--import', 'tsx', ...nodeFlags],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const rss: ExtractionRun['rss'] = [];
    let done: Extract<ChildMessage, { type: 'done' }> | null = null;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'progress')
        rss.push({ articles: message.articles, rss: message.rss, heapUsed: message.heapUsed });
      else done = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !done) return reject(new Error(`extraction child ${args.join(' ')} exited ${code}`));
      const d: Extract<ChildMessage, { type: 'done' }> = done;
      resolve({
        ...d,
        mbPerSecond: d.bytes / MB / d.cpuSeconds,
        articlesPerSecond: d.articles / d.cpuSeconds,
        wallMbPerSecond: d.bytes / MB / d.seconds,
        rss,
      });
    });
  });
}
