'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { errorMessage } from '@/components/status/error-message';
import { ErrorState, LoadingState } from '@/components/status/status-message';
import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import type { ArticleMention } from '@/lib/data/payloads';
import { countryName } from '@/lib/i18n/country-names';
import { formatDate } from '@/lib/i18n/format';
import { useArticle } from '@/lib/queries/articles';
import { MentionLegend, SPENDING_MENTION_COLOR } from './mention-legend';
import { segmentText, tint, type Span } from './segment-text';

type Mark = { start: number; end: number };
type Piece = { mention: ArticleMention } | { mark: true };

function mentionColor(mention: ArticleMention): string {
  return mention.kind === 'position' ? STANCE_COLORS[mention.stance] : SPENDING_MENTION_COLOR;
}

/** The full article as plain text, every evidence sentence highlighted in the colour of what it says. */
export function ArticleReader({ id, mark }: { id: string; mark: Mark | null }) {
  const { dict, lang } = useI18n();
  const article = useArticle(id);
  const marked = useRef<HTMLElement | null>(null);

  const segments = useMemo(() => {
    if (!article.data) return [];
    const spans: Span<Piece>[] = article.data.mentions.map((mention) => ({
      start: mention.start,
      end: mention.end,
      value: { mention },
    }));
    if (mark) spans.push({ ...mark, value: { mark: true } });
    return segmentText(article.data.text, spans);
  }, [article.data, mark]);

  useEffect(() => {
    if (!marked.current) return;
    marked.current.scrollIntoView({ block: 'center' });
    marked.current.focus({ preventScroll: true });
  }, [segments]);

  // As on the dashboard, a failed refetch keeps the text that was already shown.
  if (article.data === undefined) {
    if (article.isPending) return <LoadingState />;
    return (
      <ErrorState
        message={dict.reader.error}
        detail={errorMessage(article.error)}
        onRetry={() => void article.refetch()}
      />
    );
  }

  const { meta, mentionsUnavailable } = article.data;
  const firstMarked = segments.find((segment) => segment.covering.some((p) => 'mark' in p))?.start;
  const describe = (m: ArticleMention) =>
    dict.reader.mentionTitle(
      countryName(m.iso3, lang),
      m.kind === 'position' ? dict.stances[m.stance] : dict.reader.spendingMention,
    );

  return (
    <article className="reader">
      <p>
        <Link href={`/${lang}`}>{dict.reader.back}</Link>
      </p>
      <h1>{dict.reader.title(formatDate(meta.published, lang))}</h1>
      <dl className="reader__meta">
        <dt>{dict.reader.published}</dt>
        <dd>
          <time dateTime={meta.published}>{formatDate(meta.published, lang)}</time>
        </dd>
        <dt>{dict.reader.source}</dt>
        {lang === 'ar' && meta.source_ar ? (
          <dd>{meta.source_ar}</dd>
        ) : (
          <dd lang="en" dir="ltr">
            {meta.source}
          </dd>
        )}
      </dl>
      <MentionLegend dict={dict} label={dict.reader.mentions}>
        {mentionsUnavailable ? <p className="muted">{mentionsUnavailable}</p> : null}
      </MentionLegend>
      <div className="reader__text" lang={meta.lang} dir={meta.lang === 'ar' ? 'rtl' : 'auto'}>
        {segments.map((segment) => {
          const mentions = segment.covering.flatMap((p) => ('mention' in p ? [p.mention] : []));
          const isMarked = segment.covering.some((p) => 'mark' in p);
          const first = mentions[0];
          if (!first && !isMarked) return <span key={segment.start}>{segment.text}</span>;
          const isFirstMarked = segment.start === firstMarked;
          const ending = mentions.filter((m) => m.end === segment.end);
          return (
            <span key={segment.start}>
              <mark
                ref={isFirstMarked ? marked : undefined}
                id={isFirstMarked ? 'marked' : undefined}
                tabIndex={isFirstMarked ? -1 : undefined}
                className={isMarked ? 'mention is-marked' : 'mention'}
                data-iso3={mentions.map((m) => m.iso3).join(' ') || undefined}
                data-stance={first?.kind === 'position' ? first.stance : undefined}
                style={
                  first ? { background: tint(mentionColor(first), 0.35), borderColor: mentionColor(first) } : undefined
                }
                title={mentions.map(describe).join('\n') || dict.reader.marked}
              >
                {segment.text}
              </mark>
              {ending.length > 0 ? (
                <sup className="mention-tag" lang={lang} dir="auto">
                  {ending.map((m) => countryName(m.iso3, lang)).join('، ')}
                </sup>
              ) : null}
            </span>
          );
        })}
      </div>
    </article>
  );
}
