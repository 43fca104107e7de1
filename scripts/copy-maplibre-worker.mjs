// MapLibre 6 loads its worker as a separate ES module; neither bundler emits it, so it is served from public/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
mkdirSync('public', { recursive: true });
copyFileSync(join(dist, 'maplibre-gl-worker.mjs'), join('public', 'maplibre-gl-worker.mjs'));
console.log('copied maplibre-gl-worker.mjs to public/');
