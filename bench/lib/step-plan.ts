import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_POSITION_COLOR, STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { ArticleMeta } from '@/lib/schema/articles';
import type { CountryProperties } from '@/lib/schema/positions';
import { buildTimelineIndex, dateRange } from '@/lib/timeline/as-of';

/**
 * The colours of every timeline stop, as the product's slider walks them: Home goes to the first
 * stop, ArrowRight to the next. The reference pages draw exactly these colours, and the driver knows
 * which steps change a colour (only those are timed; a step that changes nothing draws no frame).
 */
export type StepPlan = {
  stops: string[];
  /** iso3 of every country, the order of `colors` rows. */
  iso3s: string[];
  palette: string[];
  /** Per stop, per country: index into palette. */
  colors: number[][];
  /** changed[i]: going from stop i-1 to stop i changes some colour (changed[0] is from the last stop, for Home). */
  changed: boolean[];
};

export function planSteps(positionsFile: string, articlesDir: string): StepPlan {
  const collection = JSON.parse(readFileSync(positionsFile, 'utf8')) as {
    features: { properties: CountryProperties }[];
  };
  const countries = collection.features.map((f) => f.properties).sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const articles = JSON.parse(readFileSync(join(articlesDir, 'index.json'), 'utf8')) as ArticleMeta[];
  const index = buildTimelineIndex(countries);
  const range = dateRange(articles) ?? dateRange(countries);
  if (!range) throw new Error(`${positionsFile}: no dated facts, nothing to step through`);
  // Same stops as lib/timeline/timeline-controller.ts: the range ends and every change date inside it.
  const inside = index.changeDates.filter((d) => d >= range.min && d <= range.max);
  const stops = [...new Set([range.min, ...inside, range.max])].sort();

  const palette = [NO_POSITION_COLOR, ...Object.values(STANCE_COLORS)];
  const iso3s = countries.map((c) => c.iso3);
  const colors = stops.map((date) => {
    const stances = index.stancesAt(date);
    return iso3s.map((iso3) => {
      const stance = stances.get(iso3);
      return stance ? palette.indexOf(STANCE_COLORS[stance]) : 0;
    });
  });
  const same = (a: number[], b: number[]) => a.every((v, i) => v === b[i]);
  const changed = colors.map((row, i) => !same(row, colors[i === 0 ? colors.length - 1 : i - 1]!));
  return { stops, iso3s, palette, colors, changed };
}
