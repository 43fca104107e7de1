import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const NEXT_BIN = 'node_modules/next/dist/bin/next';

/**
 * `next build` into `distDir` unless a build is there already (or `force`). Next rewrites
 * tsconfig.json to list the build folder's types; that file belongs to everyone in this working
 * tree, so it is put back exactly as it was.
 */
export function ensureBuild(distDir: string, force = false): 'built' | 'reused' {
  if (!force && existsSync(join(distDir, 'BUILD_ID'))) return 'reused';
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  try {
    const run = spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_DIST_DIR: distDir },
    });
    if (run.status !== 0) throw new Error(`next build into ${distDir} failed (exit ${run.status})`);
  } finally {
    if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
  }
  return 'built';
}

export type NextServer = { url: string; pid: number; stop(): Promise<void> };

/** Fails when something already listens on the port: its answers would be taken for ours. */
async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((done, fail) =>
    probe
      .once('error', () => fail(new Error(`port ${port} is in use; choose another (BYTES_PORT for the bytes check)`)))
      .listen(port, done),
  );
  await new Promise((done) => probe.close(done));
}

/** `next start` on a port, its PID held so only this server is stopped; resolves once /en answers. */
export async function startNext(options: {
  distDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<NextServer> {
  await assertPortFree(options.port);
  const child: ChildProcess = spawn('node', [NEXT_BIN, 'start', '-p', String(options.port)], {
    env: { ...process.env, NEXT_DIST_DIR: options.distDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://localhost:${options.port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${url}/en`);
      if (response.ok) {
        await response.arrayBuffer();
        return { url, pid: child.pid!, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start on port ${options.port} did not answer /en within 60 s:\n${log}`);
}
