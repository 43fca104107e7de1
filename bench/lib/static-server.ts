import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** URL prefixes the reference pages may load, and the folders behind them: nothing else is served. */
const ROOTS: Record<string, string> = {
  '/reference/': 'bench/reference',
  '/browser/': 'bench/browser',
  '/geo/': 'public/geo',
  '/node_modules/maplibre-gl/': 'node_modules/maplibre-gl',
  '/node_modules/topojson-client/': 'node_modules/topojson-client',
  '/node_modules/d3-geo/': 'node_modules/d3-geo',
  '/node_modules/d3-array/': 'node_modules/d3-array',
};

export type StaticServer = { url: string; setJson(path: string, value: unknown): void; close(): Promise<void> };

/** Serves the reference choropleths and their scripts from the repository, on localhost only. */
export async function startStaticServer(port: number): Promise<StaticServer> {
  const json = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const body = json.get(path);
    if (body !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      response.end(body);
      return;
    }
    const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
    const root = prefix ? resolve(ROOTS[prefix]!) : null;
    const file = root ? resolve(join(root, normalize(path.slice(prefix!.length)))) : null;
    if (!root || !file || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}`,
    setJson: (path, value) => json.set(path, JSON.stringify(value)),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
