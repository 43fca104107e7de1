'use client';

import { parseAsString, useQueryState } from 'nuqs';
import { useEffect, useState } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { FIXED_PARAM, parseCorrections, type Correction } from '@/lib/url/corrections';

/**
 * Says, once, what the server corrected in the link it was given (a date outside the data, unknown countries,
 * unreadable values), then takes `fixed=` out of the address so a copied link is clean.
 */
export function CorrectionNotice() {
  const { dict } = useI18n();
  const [fixed, setFixed] = useQueryState(
    FIXED_PARAM,
    parseAsString.withOptions({ history: 'replace', scroll: false, shallow: true }),
  );
  const [shown, setShown] = useState<Correction[]>(() => parseCorrections(fixed));
  useEffect(() => {
    if (fixed !== null) void setFixed(null);
  }, [fixed, setFixed]);
  if (shown.length === 0) return null;
  return (
    <div className="notice" role="status">
      <ul className="notice__list">
        {shown.map((c) => (
          <li key={c}>{dict.corrected[c]}</li>
        ))}
      </ul>
      <button type="button" className="button button--ghost" onClick={() => setShown([])}>
        {dict.corrected.dismiss}
      </button>
    </div>
  );
}
