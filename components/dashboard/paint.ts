import { isStanceVisible } from '@/lib/filters/stance-filter';
import type { Spending } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import type { Layer } from '@/lib/url/param-codecs';
import type { CountryState } from '@/components/map/map-style';
import { movementColor } from '@/lib/colors/movement-colors';
import { moveStance, type CountryMove } from '@/lib/timeline/compare';

export type PaintInput = {
  /** Every country on the map. */
  iso3s: readonly string[];
  layer: Layer;
  stances: ReadonlyMap<string, Stance>;
  spending: ReadonlyMap<string, Spending>;
  /** Stances shown; empty means all. */
  filter: readonly Stance[];
  stanceColor: (stance: Stance) => string;
  spendingColor: (pctGdp: number) => string;
  /** Countries whose position in force was extracted automatically with low confidence: hatched on the stance layer. */
  lowConfidence?: ReadonlySet<string>;
};

/**
 * Map colour and dimming per country for one as-of date. Countries left out keep the map's
 * no-position colour undimmed, so with no filter only countries that carry data are listed.
 * A stance filter dims everything outside it, countries without a position included.
 */
export function paintCountries(input: PaintInput): Map<string, CountryState> {
  const { layer, stances, spending, filter } = input;
  const out = new Map<string, CountryState>();
  for (const iso3 of input.iso3s) {
    const stance = stances.get(iso3);
    const dim = !isStanceVisible(filter, stance);
    let color: string | null = null;
    let hatch = false;
    if (layer === 'stance') {
      if (stance) color = input.stanceColor(stance);
      hatch = stance !== undefined && input.lowConfidence?.has(iso3) === true;
    } else {
      const figure = spending.get(iso3);
      if (figure) color = input.spendingColor(figure.value);
    }
    if (color !== null || dim) out.set(iso3, hatch ? { color, dim, hatch } : { color, dim });
  }
  return out;
}

/**
 * Map colour and dimming per country when two dates are compared: each country that has a position on either
 * date in the colour of its movement (unchanged ones in a pale shade of their stance). The stance filter applies
 * to the position at the end of the range (for one no longer reported, the one at its start).
 */
export function paintMoves(input: {
  iso3s: readonly string[];
  moves: ReadonlyMap<string, CountryMove>;
  filter: readonly Stance[];
  /** As in paintCountries: the position in force at the end of the range. */
  lowConfidence?: ReadonlySet<string>;
}): Map<string, CountryState> {
  const out = new Map<string, CountryState>();
  for (const iso3 of input.iso3s) {
    const move = input.moves.get(iso3);
    const stance = moveStance(move);
    const dim = !isStanceVisible(input.filter, stance);
    const color = move ? movementColor(move.movement, stance) : null;
    const hatch = move?.to !== undefined && input.lowConfidence?.has(iso3) === true;
    if (color !== null || dim) out.set(iso3, hatch ? { color, dim, hatch } : { color, dim });
  }
  return out;
}
