'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { MentionLegend, SPENDING_MENTION_COLOR } from '@/components/reader/mention-legend';
import { segmentText, tint, type Span } from '@/components/reader/segment-text';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { DraftDetail, EditorSession, ReviewItem } from '@/lib/editor/contract';
import { isPositionProposal, itemAnchor, itemSpans } from '@/lib/editor/client/highlights';
import { editorKeys, editorQueryDefaults } from '@/lib/editor/client/queries';
import { isEditorApiError } from '@/lib/editor/client/request';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { EditorProvider, Said, useEditor, type Message } from './editor-context';
import { EditorHeader } from './editor-header';
import { formatMoment, ReviewCard } from './review-card';
import { useFocusAfterRender } from './use-focus';
import { QueryStatus } from './query-status';
import styles from './editor.module.css';

function itemColor(item: ReviewItem): string {
  return isPositionProposal(item.current) ? STANCE_COLORS[item.current.stance] : SPENDING_MENTION_COLOR;
}

/** A draft (or published) article in the reader's style, every extracted item highlighted, with its review cards. */
export function DraftPage({ lang, session, id }: { lang: Lang; session: EditorSession; id: string }) {
  return (
    <EditorProvider lang={lang} session={session}>
      <DraftBody id={id} />
    </EditorProvider>
  );
}

function DraftBody({ id }: { id: string }) {
  const { lang, strings, api } = useEditor();
  const other = lang === 'ar' ? 'en' : 'ar';
  const draft = useQuery({
    queryKey: editorKeys.draft(id),
    queryFn: ({ signal }) => api.draft(id, signal),
    ...editorQueryDefaults,
  });
  const heading = draft.data ? strings.draft.heading(formatDate(draft.data.article.published, lang)) : strings.title;

  return (
    <div className={styles.page}>
      <a href="#main" className="skip-link">
        {getDictionary(lang).app.skipToContent}
      </a>
      <EditorHeader heading={heading} otherLanguagePath={`/${other}/editor/articles/${encodeURIComponent(id)}`} />
      <main id="main" className={styles.main} data-ready={draft.data ? 'true' : undefined}>
        <p>
          <a href={`/${lang}/editor`}>{strings.draft.back}</a>
        </p>
        {draft.data ? (
          <Draft detail={draft.data} />
        ) : (
          <QueryStatus
            pending={draft.isPending}
            error={draft.error}
            onRetry={() => void draft.refetch()}
            failure={isEditorApiError(draft.error, 404) ? strings.draft.notFound : undefined}
          />
        )}
      </main>
    </div>
  );
}

function Draft({ detail }: { detail: DraftDetail }) {
  const { lang, strings } = useEditor();
  const dict = getDictionary(lang);
  const { article } = detail;
  const items = useMemo(() => [...detail.positions, ...detail.figures], [detail]);
  const { segments, ends } = useMemo(() => {
    const located = itemSpans(article.text, items);
    const spans: Span<ReviewItem>[] = located.map((s) => ({ start: s.start, end: s.end, value: s.item }));
    return {
      segments: segmentText(article.text, spans),
      ends: new Map(located.map((s) => [s.item, s.end] as const)),
    };
  }, [article.text, items]);
  const [announcement, setAnnouncement] = useState('');

  return (
    <article className={`reader ${styles.draft}`} data-status={article.status}>
      <dl className="reader__meta">
        <dt>{dict.reader.published}</dt>
        <dd>
          <time dateTime={article.published}>{formatDate(article.published, lang)}</time>
        </dd>
        <dt>{dict.reader.source}</dt>
        <dd>
          <bdi lang="en" dir="ltr">
            {article.source}
          </bdi>
        </dd>
        <dt>{strings.draft.statusLabel}</dt>
        <dd>
          <span className={`badge ${styles[`article_${article.status}`] ?? ''}`} data-testid="article-status">
            {strings.draft.status[article.status]}
          </span>{' '}
          {article.addedBy ? (
            <span className="muted">{strings.draft.addedBy(article.addedBy, formatMoment(article.addedAt, lang))}</span>
          ) : null}
        </dd>
      </dl>
      <ArticleActions detail={detail} />
      <MentionLegend dict={dict} label={strings.draft.legend} />
      <div className="reader__text" lang="ar" dir="rtl" data-testid="draft-text">
        {segments.map((segment) => {
          const covering = segment.covering;
          const first = covering[0];
          if (!first) return <span key={segment.start}>{segment.text}</span>;
          const ending = covering.filter((item) => ends.get(item) === segment.end);
          return (
            <span key={segment.start}>
              <mark
                className="mention"
                data-iso3={covering.map((i) => i.iso3).join(' ')}
                data-stance={isPositionProposal(first.current) ? first.current.stance : undefined}
                data-review={first.review}
                style={{ background: tint(itemColor(first), 0.35), borderColor: itemColor(first) }}
                title={covering
                  .map((i) =>
                    dict.reader.mentionTitle(
                      i.name[lang],
                      isPositionProposal(i.current) ? dict.stances[i.current.stance] : dict.reader.spendingMention,
                    ),
                  )
                  .join('\n')}
              >
                {segment.text}
              </mark>
              {ending.length > 0 ? (
                <sup className="mention-tag" lang={lang} dir="auto">
                  {ending.map((item, index) => (
                    <span key={`${item.kind}-${item.id}`}>
                      {index > 0 ? '، ' : null}
                      <a href={`#${itemAnchor(item)}`} aria-label={strings.draft.jump(item.name[lang])}>
                        {item.name[lang]}
                      </a>
                    </span>
                  ))}
                </sup>
              ) : null}
            </span>
          );
        })}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ItemSection title={strings.draft.positions} items={detail.positions} onReviewed={setAnnouncement} />
      <ItemSection title={strings.draft.figures} items={detail.figures} onReviewed={setAnnouncement} />
    </article>
  );
}

function ItemSection({
  title,
  items,
  onReviewed,
}: {
  title: string;
  items: readonly ReviewItem[];
  onReviewed: (message: string) => void;
}) {
  const { lang, strings } = useEditor();
  return (
    <section className={styles.section} aria-label={title}>
      <h2 className={styles.sectionTitle}>
        {title} <span className="muted">({formatNumber(items.length, lang, 0)})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{strings.draft.none}</p>
      ) : (
        <ol className={styles.cards}>
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <ReviewCard item={item} showArticle={false} onReviewed={(_, message) => onReviewed(message)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ArticleActions({ detail }: { detail: DraftDetail }) {
  const { lang, strings, api, describeError } = useEditor();
  const queryClient = useQueryClient();
  const { article } = detail;
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const [message, setMessage] = useState<{ message: Message; ok: boolean } | null>(null);
  const show = (value: { message: Message; ok: boolean }) => {
    setMessage(value);
    focusAfterRender('article-message');
  };
  const failed = async (error: unknown) => {
    if (isEditorApiError(error, 409)) {
      show({ message: { text: strings.draft.changedMeanwhile, lang }, ok: false });
      await queryClient.invalidateQueries({ queryKey: editorKeys.draft(article.id) });
      return;
    }
    show({ message: describeError(error), ok: false });
  };
  const publish = useMutation({
    mutationFn: () => api.publishArticle(article.id, article.version),
    onSuccess: async (result) => {
      show({ message: { text: strings.draft.published(result.dataVersion), lang }, ok: true });
      await queryClient.invalidateQueries({ queryKey: editorKeys.all });
    },
    onError: failed,
  });
  const discard = useMutation({
    mutationFn: () => api.discardArticle(article.id, article.version),
    onSuccess: async (result) => {
      setConfirmDiscard(false);
      queryClient.setQueryData(editorKeys.draft(article.id), result);
      show({ message: { text: strings.draft.discarded, lang }, ok: true });
      await queryClient.invalidateQueries({ queryKey: editorKeys.all });
    },
    onError: failed,
  });
  const busy = publish.isPending || discard.isPending;

  return (
    <div className={styles.articleActions}>
      {article.status === 'draft' ? (
        confirmDiscard ? (
          <div className={styles.confirm} role="group" aria-labelledby="discard-question">
            <p id="discard-question" tabIndex={-1}>
              {strings.draft.discardConfirm}
            </p>
            <div className={styles.actions}>
              <button type="button" className="button" onClick={() => discard.mutate()} disabled={busy}>
                {strings.draft.discardYes}
              </button>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => setConfirmDiscard(false)}
                disabled={busy}
              >
                {strings.item.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <button
              type="button"
              className={`button ${styles.primary}`}
              onClick={() => publish.mutate()}
              disabled={busy}
            >
              {publish.isPending ? strings.publish.publishing : strings.draft.publish}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setConfirmDiscard(true);
                focusAfterRender('discard-question');
              }}
              disabled={busy}
            >
              {strings.draft.discard}
            </button>
          </div>
        )
      ) : null}
      <div aria-live="polite">
        {message ? (
          <p
            id="article-message"
            tabIndex={-1}
            className={message.ok ? styles.ok : styles.error}
            role={message.ok ? undefined : 'alert'}
          >
            <Said message={message.message} />
          </p>
        ) : null}
      </div>
    </div>
  );
}
