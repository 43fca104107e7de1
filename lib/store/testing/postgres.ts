import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL cluster (Debian's package), started and stopped by the test that needs it. */
export type TestPostgres = {
  url: (database: string) => string;
  createDatabase: () => Promise<string>;
  stop: () => void;
};

const PG_ROOT = '/usr/lib/postgresql';

function findBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(PG_ROOT, versions[0], 'bin') : null;
}

/** The server binaries, installing Debian's postgresql when missing; or why that cannot be done here. */
export function ensurePostgres(): { bin: string } | { reason: string } {
  const found = findBin();
  if (found) return { bin: found };
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return { reason: 'no apt-get on this machine' };
  if (process.getuid?.() !== 0) return { reason: 'postgresql is not installed and installing it needs root' };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], {
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { env, encoding: 'utf8', timeout: 300_000 });
    install = spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], { env, encoding: 'utf8', timeout: 600_000 });
  }
  const bin = findBin();
  return bin ? { bin } : { reason: `apt-get install postgresql failed: ${install.stderr?.slice(-500)}` };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server binary as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: 'pipe', timeout: 120_000 });
}

/** initdb's a cluster in a temporary folder and starts it on a free loopback port (trust auth, no fsync). */
export async function startPostgres(bin: string): Promise<TestPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wa-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  asPostgres(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let n = 0;
  const { default: pg } = await import('pg');
  return {
    url,
    async createDatabase() {
      const name = `atlas_test_${++n}`;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop() {
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
