import type { ArticleMeta } from '@/lib/schema/articles';
import type { Holder } from '../clauses/types';
import { readArticle } from '../pipeline';
import { qualifySentence } from '../qualify/qualify';
import { SpendingReader } from '../spending/spending';

const holder = (h: Holder | null) => (h ? `${h.countries.join('+')}(${h.source})` : '-');

/**
 * What each stage made of each sentence of an article, as text: clauses with their role, holder and zones, then
 * the signals the rule table gave. For reading why the extractor decided what it did.
 */
export function traceArticle(meta: ArticleMeta, original: string): string {
  const { article, segments, sentences } = readArticle(meta, original);
  const lines: string[] = [];
  const spending = new SpendingReader(meta, true);
  sentences.forEach(({ view, clauses, signals }, index) => {
    lines.push(`#${index} ${segments[index]!.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    lines.push(
      `   mentions: ${view.mentions.map((m) => `${m.iso3}:${m.kind}${m.dateline ? ':dateline' : ''}@${m.tokenStart}`).join(' ')}`,
    );
    clauses.forEach((c, k) => {
      const words = view.words.slice(c.span.from, c.span.to).join(' ');
      const zones = c.zones.map((z) => `${z.kind}[${view.words.slice(z.from, z.to).join(' ')}]`).join(' ');
      lines.push(
        `   c${k} ${c.role} holder=${holder(c.holder)} speaker=${holder(c.speaker)}${c.group ? ' group' : ''}${c.nonGovernment ? ' non-gov' : ''}${c.reportedBy ? ` via=${c.reportedBy}` : ''}: ${words.slice(0, 140)}${zones ? ` | ${zones}` : ''}`,
      );
    });
    const before = spending.notes!.length;
    spending.read(view, clauses, meta.published);
    for (const note of spending.notes!.slice(before)) lines.push(`   $ ${note}`);
    for (const s of qualifySentence(article, { view, clauses, signals }, index)) {
      lines.push(
        `   => ${s.iso3} ${s.stance} ${s.confidence} [${s.rule}] c${s.clause}${s.reason ? ` reason=${s.reason.code} «${s.reason.text.slice(0, 60)}»` : ''}${s.reported ? ' reported' : ''}`,
      );
    }
  });
  return lines.join('\n');
}
