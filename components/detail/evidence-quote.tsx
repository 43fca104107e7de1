import Link from 'next/link';
import type { Evidence } from '@/lib/schema/positions';
import type { ArticleMeta } from '@/lib/schema/articles';
import { formatDate } from '@/lib/i18n/format';
import type { Dictionary, Lang } from '@/lib/i18n/langs';

type Props = { evidence: Evidence; articleId: string; article: ArticleMeta | undefined; lang: Lang; dict: Dictionary };

/** The Arabic sentence a fact was read from, and a link that opens the article scrolled to it. */
export function EvidenceQuote({ evidence, articleId, article, lang, dict }: Props) {
  const href = `/${lang}/articles/${encodeURIComponent(articleId)}?mark=${evidence.start}-${evidence.end}`;
  return (
    <figure className="evidence">
      <blockquote lang="ar" dir="rtl" className="evidence__text">
        {evidence.text}
      </blockquote>
      <figcaption className="evidence__source">
        <Link href={href} prefetch={false}>
          {dict.detail.openArticle}
        </Link>
        {article ? <span> · {formatDate(article.published, lang)}</span> : null}
      </figcaption>
    </figure>
  );
}
