'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import { LAYERS, type Layer } from '@/lib/url/param-codecs';

export function LayerSwitch({ layer, onChange }: { layer: Layer; onChange: (layer: Layer) => void }) {
  const { dict } = useI18n();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{dict.layer.label}</legend>
      {LAYERS.map((l) => (
        <label key={l} className="segmented__option">
          <input type="radio" name="layer" value={l} checked={l === layer} onChange={() => onChange(l)} />
          <span>{dict.layer[l]}</span>
        </label>
      ))}
    </fieldset>
  );
}
