'use client';

import { useI18n } from '@/components/providers/i18n-provider';

type Props = {
  onCsv: () => void;
  onGeoJson: () => void;
  onPng: () => void;
  onSvg: () => void;
};

export function ExportButtons({ onCsv, onGeoJson, onPng, onSvg }: Props) {
  const { dict } = useI18n();
  return (
    <div className="exports" role="group" aria-label={dict.exports.heading}>
      <span className="exports__label" aria-hidden="true">
        {dict.exports.heading}
      </span>
      <button type="button" className="button" onClick={onCsv} title={dict.exports.csvLabel}>
        {/* File formats are named as they are written in every language. */}
        <span lang="en">{dict.exports.csv}</span>
      </button>
      <button type="button" className="button" onClick={onGeoJson} title={dict.exports.geojsonLabel}>
        <span lang="en">{dict.exports.geojson}</span>
      </button>
      <button type="button" className="button" onClick={onPng} title={dict.exports.pngLabel}>
        {dict.exports.png}
      </button>
      <button type="button" className="button" onClick={onSvg} title={dict.exports.svgLabel}>
        {dict.exports.svg}
      </button>
    </div>
  );
}
