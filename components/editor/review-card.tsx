'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FigureReviewBody, PositionReviewBody, ReviewItem } from '@/lib/editor/contract';
import { editorKeys } from '@/lib/editor/client/queries';
import { isEditorApiError } from '@/lib/editor/client/request';
import { itemAnchor } from '@/lib/editor/client/highlights';
import { formatDate, intlLocale } from '@/lib/i18n/format';
import { ChangeForm, type Change } from './change-form';
import { Said, useEditor, type Message } from './editor-context';
import { NoteField } from './note-field';
import { ProposalView } from './proposal-view';
import { useFocusAfterRender } from './use-focus';
import styles from './editor.module.css';

type Action = 'accept' | 'change' | 'reject';
type Body = PositionReviewBody | FigureReviewBody;

function isReviewItem(value: unknown): value is ReviewItem {
  return typeof value === 'object' && value !== null && 'version' in value && 'current' in value && 'iso3' in value;
}

/** A moment (an ISO timestamp) as a date and a time in UTC, in the page's language. */
export function formatMoment(iso: string, lang: 'en' | 'ar'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(at);
}

/**
 * One extracted position or figure for review: the sentence in context with the evidence marked, what was
 * proposed and what stands now, confidence and conflict; Accept, Change and Reject with an optional note. A 409
 * shows the other editor's version and lets the reviewer apply their decision to it or keep it.
 */
export function ReviewCard({
  item,
  showArticle = true,
  onReviewed,
}: {
  item: ReviewItem;
  showArticle?: boolean;
  /** After a successful review, with the message to announce. */
  onReviewed?: (item: ReviewItem, message: string) => void;
}) {
  const { lang, strings, api, describeError } = useEditor();
  const queryClient = useQueryClient();
  const id = useId();
  const focusAfterRender = useFocusAfterRender();
  const [changing, setChanging] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<Message | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** Their version, after a 409, and the body we tried to send. */
  const [conflict, setConflict] = useState<{ theirs: ReviewItem | null; body: Body } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const country = item.name[lang];

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: editorKeys.queue(item.kind) }),
      queryClient.invalidateQueries({ queryKey: editorKeys.status() }),
      queryClient.invalidateQueries({ queryKey: editorKeys.history() }),
      queryClient.invalidateQueries({ queryKey: editorKeys.draft(item.article.id) }),
    ]);

  const review = useMutation({
    mutationFn: (body: Body) => api.review(item, body),
    onSuccess: async (saved, body) => {
      setConflict(null);
      setFailure(null);
      setChanging(false);
      setNote('');
      const message = strings.item.done[body.action](saved.name?.[lang] ?? country);
      setStatus(message);
      onReviewed?.(saved, message);
      await refresh();
    },
    onError: (error, body) => {
      if (isEditorApiError(error, 409)) {
        setConflict({ theirs: isReviewItem(error.current) ? error.current : null, body });
        setFailure(null);
        setChanging(false);
        focusAfterRender(`${id}-conflict`);
        return;
      }
      setFailure(describeError(error));
    },
  });

  function send(action: Action, change?: Change, version = item.version) {
    setStatus(null);
    const trimmed = note.trim();
    const base = { version, ...(trimmed ? { note: trimmed } : {}) };
    const body = (action === 'change' ? { action, ...base, change } : { action, ...base }) as Body;
    review.mutate(body);
  }

  function retryOnTheirs() {
    if (!conflict) return;
    const version = conflict.theirs?.version;
    if (version === undefined) return;
    review.mutate({ ...conflict.body, version } as Body);
  }

  async function keepTheirs() {
    setConflict(null);
    setStatus(strings.item.keptTheirs);
    onReviewed?.(conflict?.theirs ?? item, strings.item.keptTheirs);
    await refresh();
  }

  const shown = conflict?.theirs ?? item;
  const busy = review.isPending;
  const pct = new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(
    item.confidence,
  );

  return (
    <article className={styles.card} id={itemAnchor(item)} aria-labelledby={`${id}-title`} data-review={item.review}>
      <header className={styles.cardHead}>
        <h3 className={styles.cardTitle} id={`${id}-title`} ref={heading} tabIndex={-1}>
          {country}
        </h3>
        <span className="badge">{item.kind === 'position' ? strings.item.position : strings.item.figure}</span>
        <span className="badge">{strings.item.confidence(pct)}</span>
        {item.conflict ? (
          <span className={`badge ${styles.conflictBadge}`} title={strings.item.conflictHint}>
            {strings.item.conflict}
          </span>
        ) : null}
        <span className={`badge ${styles[`state_${item.review}`] ?? ''}`}>{strings.item.review[item.review]}</span>
      </header>
      {showArticle ? (
        <p className={styles.cardArticle}>
          <a href={`/${lang}/editor/articles/${encodeURIComponent(item.article.id)}#${itemAnchor(item)}`}>
            {strings.item.article(formatDate(item.article.published, lang))}
          </a>
          {strings.separator}
          <bdi lang="en">{item.article.source}</bdi>
        </p>
      ) : null}
      <figure className={styles.context}>
        <figcaption className="visually-hidden">{strings.item.sentence}</figcaption>
        <blockquote lang="ar" dir="rtl">
          {/* The sentences around come without the space between them and the evidence. */}
          {item.context.before ? `${item.context.before} ` : null}
          <mark className={styles.evidence}>{item.evidence.text}</mark>
          {item.context.after ? ` ${item.context.after}` : null}
        </blockquote>
      </figure>
      <div className={styles.proposals}>
        <section aria-label={strings.item.proposed}>
          <h4 className={styles.subTitle}>{strings.item.proposed}</h4>
          <ProposalView proposal={item.proposed} date={item.date} />
        </section>
        {item.review === 'changed' ? (
          <section aria-label={strings.item.current}>
            <h4 className={styles.subTitle}>{strings.item.current}</h4>
            <ProposalView proposal={item.current} date={item.date} />
          </section>
        ) : null}
      </div>
      {item.reviewedBy && item.reviewedAt ? (
        <p className="muted">
          {strings.item.review[item.review]}{' '}
          {strings.item.reviewedBy(item.reviewedBy, formatMoment(item.reviewedAt, lang))}
          {item.note ? (
            <>
              {' — '}
              <span dir="auto">{item.note}</span>
            </>
          ) : null}
        </p>
      ) : null}

      {conflict ? (
        <section
          className={styles.conflict}
          id={`${id}-conflict`}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${id}-conflict-title`}
        >
          <h4 className={styles.subTitle} id={`${id}-conflict-title`}>
            {strings.item.conflictTitle}
          </h4>
          <p>
            {conflict.theirs?.reviewedBy && conflict.theirs.reviewedAt
              ? strings.item.conflictBody(conflict.theirs.reviewedBy, formatMoment(conflict.theirs.reviewedAt, lang))
              : strings.item.conflictUnknown}
          </p>
          {conflict.theirs ? (
            <>
              <p>
                <strong>{strings.item.theirs}: </strong>
                {strings.item.review[conflict.theirs.review]}
                {conflict.theirs.note ? (
                  <>
                    {' — '}
                    <span dir="auto">{conflict.theirs.note}</span>
                  </>
                ) : null}
              </p>
              <ProposalView proposal={conflict.theirs.current} date={conflict.theirs.date} />
            </>
          ) : null}
          <div className={styles.actions}>
            {conflict.theirs ? (
              <button type="button" className="button" onClick={retryOnTheirs} disabled={busy}>
                {strings.item.tryAgain}
              </button>
            ) : null}
            <button type="button" className="button button--ghost" onClick={() => void keepTheirs()} disabled={busy}>
              {strings.item.keepTheirs}
            </button>
          </div>
        </section>
      ) : (
        <div className={styles.reviewControls}>
          <NoteField
            id={`${id}-note`}
            label={strings.item.note}
            hint={strings.item.noteHint}
            value={note}
            onChange={setNote}
          />
          {changing ? (
            <ChangeForm
              item={shown}
              busy={busy}
              onSubmit={(change) => send('change', change)}
              onCancel={() => {
                setChanging(false);
                focusAfterRender(`${id}-change`);
              }}
            />
          ) : (
            <div className={styles.actions}>
              <button type="button" className="button" onClick={() => send('accept')} disabled={busy}>
                {strings.item.accept}
              </button>
              <button
                type="button"
                id={`${id}-change`}
                className="button button--ghost"
                onClick={() => setChanging(true)}
                disabled={busy}
                aria-expanded={false}
              >
                {strings.item.change}
              </button>
              <button type="button" className="button button--ghost" onClick={() => send('reject')} disabled={busy}>
                {strings.item.reject}
              </button>
            </div>
          )}
        </div>
      )}
      <div aria-live="polite" className={styles.live}>
        {busy ? strings.item.working : status}
        {failure ? (
          <span className={styles.error} role="alert">
            <Said message={failure} />
          </span>
        ) : null}
      </div>
    </article>
  );
}
