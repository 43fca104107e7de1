import { readFileSync, writeFileSync } from 'node:fs';
import { tempData, type TempData } from './temp-data';

type Feature = {
  properties: { iso3: string; positions: { article: string; date: string; evidence: object }[]; spending: object[] };
};

/** One figure in each class of the spending scale, from under 1 % to over 5 % of GDP. */
export const FIGURES = [0.8, 1.2, 1.8, 2.1, 3, 4.2, 5.5];

/**
 * A private data copy where countries that have a position also get a % of GDP level, one per
 * spending class: the shipped corpus has no such figure, so its spending layer colours nothing.
 * Each figure borrows its country's first evidence so the reader link stays valid.
 */
export function spendingData(): TempData & { withFigure: string[] } {
  const data = tempData();
  const collection = JSON.parse(readFileSync(data.positionsFile, 'utf8')) as { features: Feature[] };
  const withFigure: string[] = [];
  for (const feature of collection.features) {
    const position = feature.properties.positions[0];
    const value = FIGURES[withFigure.length];
    if (!position || value === undefined) continue;
    feature.properties.spending.push({
      article: position.article,
      date: position.date,
      kind: 'level',
      value,
      unit: 'pct_gdp',
      evidence: position.evidence,
    });
    withFigure.push(feature.properties.iso3);
  }
  writeFileSync(data.positionsFile, JSON.stringify(collection));
  return { ...data, withFigure };
}
