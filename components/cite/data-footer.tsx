'use client';

import { useI18n } from '@/components/providers/i18n-provider';
import { formatDate } from '@/lib/i18n/format';

/** The page's source line: where the data comes from, when it was last updated, and its version (a citation's). */
export function DataFooter({ generated, version }: { generated: string | null; version: string | null }) {
  const { dict, lang } = useI18n();
  const updated = generated ? formatDate(generated.slice(0, 10), lang) : '—';
  return (
    <footer className="data-footer">
      <p>{dict.preview.source}</p>
      <p className="data-footer__version">
        {dict.footer.updated(updated)} · {dict.footer.version}{' '}
        <bdi className="data-footer__hash" translate="no">
          {version ?? '—'}
        </bdi>
      </p>
    </footer>
  );
}
