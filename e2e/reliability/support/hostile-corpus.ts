import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempData, type TempData } from './temp-data';

const ROOT = resolve(import.meta.dirname, '../../..');

export const HOSTILE_ID = 'hostile_markup';

/** Markup an attacker could slip into a pasted article; each alert() would open a dialog if it ran. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  image: '<img src=x onerror=alert(2)>',
  reason: '<img src=x onerror=alert(3)>',
  source: '<script>alert(4)</script>',
};

// Sentences the extractor turns into a French offer (evidence with both payloads) and a Polish
// refusal whose reason carries the third: so the markup reaches evidence, reasons and tooltips.
const TEXT = [
  `وقالت فرنسا إنها مستعدة لإرسال قوات ${PAYLOADS.script} إلى أوكرانيا ${PAYLOADS.image} لحفظ السلام.`,
  `وقال رئيس الوزراء البولندي إن بولندا لن ترسل قوات إلى أوكرانيا بسبب ${PAYLOADS.reason} التهديد الروسي على حدودها.`,
].join(' ');

/** The shipped corpus plus one hostile article (the latest), extracted by the real CLI into a private copy. */
export function hostileData(): TempData {
  const data = tempData();
  const indexFile = join(data.articlesDir, 'index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as object[];
  index.push({
    id: HOSTILE_ID,
    file: `${HOSTILE_ID}.txt`,
    lang: 'ar',
    published: '2025-09-20',
    date_precision: 'day',
    source: `Hostile test article ${PAYLOADS.source}`,
    date_basis: 'test fixture',
  });
  writeFileSync(indexFile, JSON.stringify(index, null, 2));
  writeFileSync(join(data.articlesDir, `${HOSTILE_ID}.txt`), TEXT);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/extract.ts',
      '--articles',
      data.articlesDir,
      '--out',
      data.positionsFile,
      '--corrections',
      'data/corrections.json',
      '--quiet',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`extraction of the hostile corpus failed: ${run.stderr}`);
  return data;
}
