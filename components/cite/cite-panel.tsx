'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { copyText } from '@/components/share/copy-text';
import { bibtexEntry } from '@/lib/cite/bibtex';
import { citation, citationText } from '@/lib/cite/citation';
import type { CiteTime } from '@/lib/cite/cite-when';

export type CitePanelProps = { time: CiteTime; url: string; version: string | null; accessed: string };

/** The citation of one view in plain text and in BibTeX, each with its own copy button. */
export function CitePanel({ time, url, version, accessed }: CitePanelProps) {
  const { dict, lang } = useI18n();
  const headingId = useId();
  if (!version) {
    return (
      <div className="embed-code__panel cite__panel" role="group" aria-labelledby={headingId}>
        <p id={headingId} className="cite__heading">
          {dict.cite.heading}
        </p>
        <p className="embed-code__hint">{dict.cite.noVersion}</p>
      </div>
    );
  }
  const cited = citation({ lang, time, version, url, accessed });
  return (
    <div className="embed-code__panel cite__panel" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="cite__heading">
        {dict.cite.heading}
      </p>
      <p className="embed-code__hint">{dict.cite.hint}</p>
      <CopyableText
        label={dict.cite.plain}
        text={citationText(cited)}
        rows={4}
        copy={dict.cite.copy}
        copied={dict.cite.copied}
        name="plain"
      />
      <CopyableText
        label={dict.cite.bibtex}
        text={bibtexEntry(cited)}
        rows={9}
        copy={dict.cite.copyBibtex}
        copied={dict.cite.copiedBibtex}
        name="bibtex"
        ltr
      />
    </div>
  );
}

type CopyableProps = {
  label: string;
  text: string;
  rows: number;
  copy: string;
  copied: string;
  name: string;
  ltr?: boolean;
};

function CopyableText({ label, text, rows, copy, copied, name, ltr = false }: CopyableProps) {
  const { dict } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function onCopy() {
    setStatus((await copyText(text)) ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), 4000);
  }

  return (
    <div className="cite__block" data-cite={name}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        dir={ltr ? 'ltr' : undefined}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <span className="copy-link">
        <button type="button" className="button" onClick={onCopy}>
          {copy}
        </button>
        <span className="copy-link__status" role="status" aria-live="polite">
          {status === 'copied' ? copied : status === 'failed' ? dict.cite.failed : ''}
        </span>
      </span>
    </div>
  );
}
