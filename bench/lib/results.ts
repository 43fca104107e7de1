import type { ColdLoad } from './cold-load';
import type { Hotspot } from './cpu-profile';
import type { ExtractionRun } from './extraction';
import type { FirstLoad } from './first-load-bytes';
import type { LighthouseRun } from './lighthouse';
import type { Summary } from './stats';

export type StepStats = { draw: Summary; frame: Summary; presented: Summary | null };
/** product: the map of the first load (SVG overview); productZoomable: the MapLibre map after "Zoom and pan". */
export type Implementation = 'product' | 'productZoomable' | 'setData' | 'svg';
export type DatasetSteps = {
  dataset: { countries: number; positions: number; stops: number };
  steps: Record<Implementation, StepStats>;
};

/** Everything one `npm run bench` measured, as written to bench/results.json. */
export type BenchResults = {
  when: string;
  machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    node: string;
    chromium: string;
    loadAverage: { start: number[]; end: number[] };
  };
  build: { distDir: string; fresh: boolean };
  latency: { real: DatasetSteps; scale: DatasetSteps };
  cold: { runs: ColdLoad[]; painted: number; fcp: number };
  lighthouse: { runs: LighthouseRun[]; score: number; tbt: number };
  bytes: FirstLoad;
  extraction: { real: ExtractionRun; corpus: ExtractionRun; entryPoint: ExtractionRun | null; hotspots: Hotspot[] };
};

export const BUDGETS = {
  stepP95Ms: 16.7,
  vsSetData: 10,
  vsSvg: 3,
  coldLoadMs: 1000,
  lighthouse: 90,
  firstLoadBytes: 400_000,
  extractionMbPerS: 2,
} as const;
