'use client';

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { copyText } from './copy-text';

/** `link` returns the URL of the state on screen now (the address bar may lag a throttled write behind). */
export function CopyLinkButton({ link }: { link: () => string }) {
  const { dict } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function onCopy() {
    const ok = await copyText(link());
    setStatus(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), 4000);
  }

  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={onCopy}>
        {dict.share.copy}
      </button>
      <span className="copy-link__status" role="status" aria-live="polite">
        {status === 'copied' ? dict.share.copied : status === 'failed' ? dict.share.failed : ''}
      </span>
    </span>
  );
}
