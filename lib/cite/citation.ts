import { formatDate } from '@/lib/i18n/format';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { citeWhen, formatWhen, type CiteTime, type CiteWhen } from './cite-when';

/** Everything a citation of one view names. */
export type CitationInput = {
  lang: Lang;
  /** The view's time: a day, a range or null (the latest data). */
  time: CiteTime;
  /** The short content hash of the published data. */
  version: string;
  /** The absolute URL of the view. */
  url: string;
  /** The day the view was accessed, YYYY-MM-DD. */
  accessed: string;
};

export type Citation = Omit<CitationInput, 'time'> & { when: CiteWhen; title: string; subtitle: string };

export function citation(input: CitationInput): Citation {
  const { app } = getDictionary(input.lang);
  const { time, ...rest } = input;
  return { ...rest, when: citeWhen(time), title: app.title, subtitle: app.subtitle };
}

/** The citation as one line of plain text, in the page's language. */
export function citationText(c: Citation): string {
  const { cite } = getDictionary(c.lang);
  return cite.text({
    title: c.title,
    subtitle: c.subtitle,
    when: formatWhen(c.when, c.lang),
    version: cite.version(c.version),
    url: c.url,
    accessed: cite.accessed(formatDate(c.accessed, c.lang)),
  });
}
