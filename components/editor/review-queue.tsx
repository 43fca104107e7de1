'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ReviewItem } from '@/lib/editor/contract';
import { editorKeys, editorQueryDefaults } from '@/lib/editor/client/queries';
import { itemAnchor } from '@/lib/editor/client/highlights';
import { formatNumber } from '@/lib/i18n/format';
import { useEditor } from './editor-context';
import { ReviewCard } from './review-card';
import { QueryStatus } from './query-status';
import styles from './editor.module.css';

type Kind = ReviewItem['kind'];

/**
 * What no one has reviewed yet, in the order the API gives (lowest confidence and conflicts first), positions
 * or spending figures. After a review the focus moves on to the next item's heading.
 */
export function ReviewQueue() {
  const { lang, strings, api } = useEditor();
  const [kind, setKind] = useState<Kind>('position');
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<{ anchor: string | null } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const queue = useQuery({
    queryKey: editorKeys.queue(kind),
    queryFn: ({ signal }) => api.queue(kind, signal),
    ...editorQueryDefaults,
  });
  const items = queue.data?.items;

  // Once the list has been refetched after a review, the focus goes to the next item (or the heading).
  useEffect(() => {
    const want = focusNext.current;
    if (!want || !items) return;
    focusNext.current = null;
    const next = want.anchor ? document.querySelector<HTMLElement>(`#${want.anchor} h3`) : null;
    (next ?? heading.current)?.focus();
  }, [items]);

  function onReviewed(item: ReviewItem, message: string) {
    setAnnouncement(message);
    const list = items ?? [];
    const at = list.findIndex((i) => i.id === item.id && i.kind === item.kind);
    const next = list[at + 1] ?? list[at - 1] ?? null;
    focusNext.current = { anchor: next ? itemAnchor(next) : null };
  }

  return (
    <section aria-labelledby="queue-title" className={styles.section}>
      <h2 className={styles.sectionTitle} id="queue-title" ref={heading} tabIndex={-1}>
        {strings.queue.heading}
      </h2>
      <p className={styles.intro}>{strings.queue.intro}</p>
      <fieldset className="segmented">
        <legend className="segmented__legend">{strings.queue.kindLabel}</legend>
        {(['position', 'figure'] as const).map((k) => (
          <label key={k} className="segmented__option">
            <input
              type="radio"
              name="queue-kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setAnnouncement('');
              }}
            />
            {k === 'position' ? strings.queue.positions : strings.queue.figures}
          </label>
        ))}
      </fieldset>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {items === undefined ? (
        <QueryStatus pending={queue.isPending} error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <>
          <p className={styles.count} role="status">
            {items.length === 0
              ? strings.queue.empty
              : strings.queue.count(formatNumber(items.length, lang), items.length)}
          </p>
          <ol className={styles.cards}>
            {items.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <ReviewCard item={item} onReviewed={onReviewed} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
