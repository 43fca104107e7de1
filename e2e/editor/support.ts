import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { startServer, type Server } from '../reliability/support/server';
import { tempData, type TempData } from '../reliability/support/temp-data';

const ROOT = resolve(import.meta.dirname, '../..');

export const EDITOR = { username: 'editor', password: 'correct horse battery staple' };

/** The first port of 3410–3419 nothing listens on. */
export async function freePort(from = 3410, to = 3419): Promise<number> {
  for (let port = from; port <= to; port += 1) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

export type EditorServer = Server & { data: TempData; env: Record<string, string>; close: () => Promise<void> };

function npm(args: string[], env: Record<string, string>, input?: string) {
  return execFileSync('npm', ['run', '--silent', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/**
 * A production server of its own on a private copy of data/ and a temporary SQLite store, with one editor
 * account made by `npm run user:add`, so that publishing never touches the shared data/.
 */
export async function startEditorServer(): Promise<EditorServer> {
  const data = tempData();
  const env = { ...data.env, DATABASE_URL: join(data.dir, 'store.sqlite') };
  try {
    npm(['db:setup'], env);
    npm(['user:add', '--', '--username', EDITOR.username], env, `${EDITOR.password}\n`);
    const port = await freePort();
    const server = await startServer(port, env);
    return {
      ...server,
      data,
      env,
      close: async () => {
        await server.stop();
        data.remove();
      },
    };
  } catch (error) {
    data.remove();
    throw error;
  }
}
