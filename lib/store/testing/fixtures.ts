import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NewArticleBody } from '@/lib/editor/contract';
import type { PublicFiles } from '../public-files';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SHIPPED = {
  positionsFile: path.join(ROOT, 'data/positions.geojson'),
  articlesDir: path.join(ROOT, 'data/articles'),
  baseFile: path.join(ROOT, 'data/countries.geojson'),
  correctionsFile: path.join(ROOT, 'data/corrections.json'),
};

/** A private copy of the public files (positions and articles) that a test may publish into. */
export function tempPublicFiles(): PublicFiles & { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wa-public-'));
  const positionsFile = path.join(dir, 'positions.geojson');
  const articlesDir = path.join(dir, 'articles');
  cpSync(SHIPPED.positionsFile, positionsFile);
  cpSync(SHIPPED.articlesDir, articlesDir, { recursive: true });
  return {
    dir,
    positionsFile,
    articlesDir,
    baseFile: SHIPPED.baseFile,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A short wire report: Norway offers troops, Poland declines (its border with Belarus) and names a target. */
export const NEW_ARTICLE: NewArticleBody = {
  text:
    'أعلنت الحكومة النرويجية يوم الثلاثاء أنها مستعدة لإرسال قوات إلى أوكرانيا ضمن قوة لحفظ السلام بعد وقف إطلاق النار. ' +
    'وقالت الحكومة البولندية إن بولندا لن ترسل جنودا إلى أوكرانيا بسبب التهديد على حدودها مع بيلاروسيا. ' +
    'وأضافت وارسو أنها سترفع إنفاقها الدفاعي إلى 4.7 في المئة من الناتج المحلي الإجمالي هذا العام.',
  published: '2025-03-04',
  date_precision: 'day',
  source: 'Arabic wire report (test)',
};
