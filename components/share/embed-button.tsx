'use client';

import { useId, useState } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { embedSnippet } from '@/lib/embed/embed';
import type { ShareState } from '@/lib/url/share-state';
import { copyText } from './copy-text';

/** "Embed": the iframe snippet of the view on screen, to paste into an article, with a button to copy it. */
export function EmbedButton({ current }: { current: () => ShareState }) {
  const { dict, lang } = useI18n();
  const [snippet, setSnippet] = useState('');
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <details
      className="embed-code"
      name="share-panel"
      onToggle={(event) => {
        if (!event.currentTarget.open) return;
        setSnippet(embedSnippet(window.location.origin, lang, current(), dict.app.title));
        setCopied(false);
      }}
    >
      <summary className="button">{dict.embed.button}</summary>
      <div className="embed-code__panel">
        <label htmlFor={id}>{dict.embed.label}</label>
        <p className="embed-code__hint">{dict.embed.instructions}</p>
        <textarea id={id} readOnly dir="ltr" rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={async () => setCopied(await copyText(snippet))}>
          {dict.embed.copy}
        </button>
        <span role="status" aria-live="polite">
          {copied ? dict.embed.copied : ''}
        </span>
      </div>
    </details>
  );
}
