import type { ReactNode } from 'react';
import { SPENDING_STOPS } from '@/lib/colors/spending-scale';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { Dictionary } from '@/lib/i18n/dictionaries/en';
import { STANCES } from '@/lib/schema/stance';

/** The colour a spending figure's sentence is marked in, in the reader and the editor's draft. */
export const SPENDING_MENTION_COLOR = SPENDING_STOPS[3]?.color ?? '#EC7014';

/**
 * The key above a marked-up article: one swatch per stance and one for spending figures, with the caption `label`;
 * `children` come after the list (a note that the marks could not be computed).
 */
export function MentionLegend({ dict, label, children }: { dict: Dictionary; label: string; children?: ReactNode }) {
  return (
    <section className="reader__legend" aria-label={label}>
      <p>{label}</p>
      <ul className="legend__scale">
        {STANCES.map((stance) => (
          <li key={stance}>
            <span className="swatch" style={{ background: STANCE_COLORS[stance] }} aria-hidden="true" />
            {dict.stances[stance]}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: SPENDING_MENTION_COLOR }} aria-hidden="true" />
          {dict.reader.spendingMention}
        </li>
      </ul>
      {children}
    </section>
  );
}
