import { describe, expect, it } from 'vitest';
import { Color, expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { STANCES } from '@/lib/schema/stance';
import { FEATURE_STATE, spendingFillColor, stanceFillColor } from './map-expressions';
import { spendingColor } from './spending-scale';
import { stanceColor } from './stance-colors';

/** Compiles an expression the way MapLibre does for `fill-color` and evaluates it for one feature-state. */
function compile(expr: unknown) {
  const spec = (latest as unknown as { paint_fill: Record<string, unknown> }).paint_fill['fill-color'];
  const compiled = expression.createExpression(expr, spec as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return (state: Record<string, unknown>) =>
    css(String(compiled.value.evaluate({ zoom: 3 }, { type: 'Polygon', properties: {} } as never, state)));
}
function css(colour: string): string {
  return (Color.parse(colour) as Color).toString();
}

describe('map fill expressions', () => {
  it('paint each stance in its palette colour and a missing one grey', () => {
    const paint = compile(stanceFillColor());
    for (const stance of STANCES) expect(paint({ [FEATURE_STATE.stance]: stance })).toBe(css(stanceColor(stance)));
    expect(paint({})).toBe(css(stanceColor(null)));
    expect(paint({ [FEATURE_STATE.stance]: 'bogus' })).toBe(css(stanceColor(null)));
  });

  it('paint spending exactly like spendingColor', () => {
    const paint = compile(spendingFillColor());
    for (const value of [0, 0.99, 1, 1.7, 2, 2.49, 3.5, 4.9, 5, 8]) {
      expect(paint({ [FEATURE_STATE.spending]: value })).toBe(css(spendingColor(value)));
    }
    expect(paint({})).toBe(css(spendingColor(null)));
    expect(paint({ [FEATURE_STATE.spending]: null })).toBe(css(spendingColor(null)));
  });
});
