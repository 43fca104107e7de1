import type { Stance } from '@/lib/schema/stance';

/**
 * "willing-atlas_2025-04-10_spending_conditional+declined.csv", or "willing-atlas_2025-03-01-to-2025-09-04_stance.csv"
 * for two compared dates: says which view a download holds.
 */
export function exportFileName(
  view: { date: string; from?: string | null; layer: string; stances: readonly Stance[] },
  extension: 'csv' | 'geojson' | 'png' | 'svg',
): string {
  const parts = ['willing-atlas', view.from ? `${view.from}-to-${view.date}` : view.date, view.layer];
  if (view.stances.length > 0) parts.push(view.stances.map((s) => s.replace(/_/g, '-')).join('+'));
  return `${parts.join('_').replace(/[^A-Za-z0-9_+.-]/g, '')}.${extension}`;
}
