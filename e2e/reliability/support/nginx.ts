import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CONFIG = resolve(import.meta.dirname, '../../../deploy/nginx/nginx.conf');

export type Nginx = { url: string; stop: () => Promise<void> };

/**
 * The shipped caching proxy (deploy/nginx/nginx.conf) on 127.0.0.1:`port` in front of `upstreams`
 * ("http://127.0.0.1:3100", one per `next start`), from Debian's nginx, installed when missing. It runs from a
 * temporary prefix (cache, logs, pid) that `stop` removes.
 */
export async function startNginx(upstreams: string[], port: number): Promise<Nginx> {
  if (spawnSync('which', ['nginx']).status !== 0) {
    console.error('installing nginx (apt-get install -y nginx) ...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'ignore', env }).status;
    // A fresh machine may have no package lists yet: fetch them once, then try again.
    if (install() !== 0) {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
      if (install() !== 0) throw new Error('nginx is missing and apt-get could not install it');
    }
  }
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  // nginx's workers run as nobody: they must be able to write the cache.
  chmodSync(prefix, 0o777);
  // Placeholders are filled in on the directives only; the comments that explain them stay as they are.
  const conf = readFileSync(CONFIG, 'utf8')
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('#')
        ? line
        : line
            .replaceAll('__PREFIX__', prefix)
            .replaceAll('__LISTEN__', `127.0.0.1:${port}`)
            .replaceAll('__UPSTREAMS__', upstreams.map((u) => `server ${u.replace(/^https?:\/\//, '')};`).join(' ')),
    )
    .join('\n');
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, conf);
  execFileSync('nginx', ['-p', prefix, '-c', file, '-t'], { stdio: 'ignore' });
  execFileSync('nginx', ['-p', prefix, '-c', file]);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${url}/api/articles`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: async () => {
      spawnSync('nginx', ['-p', prefix, '-c', file, '-s', 'quit']);
      await new Promise((r) => setTimeout(r, 500));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
