import { z } from 'zod';
import { articleMetaSchema } from './articles';
import { isoDate } from './positions';

/** Labels are drawn beside a mark on the timeline and on the charts, so they stay short. */
export const EVENT_LABEL_MAX = 40;

const label = (language: string) =>
  z
    .string()
    .trim()
    .min(1, `the ${language} label is empty`)
    .max(EVENT_LABEL_MAX, `keep the ${language} label to ${EVENT_LABEL_MAX} characters: it is drawn beside a mark`);

/** A summit or meeting of 2025 shown on the timeline and the time charts, dated as the article reporting it says. */
export const timelineEventSchema = z.strictObject({
  date: isoDate,
  label: z.strictObject({
    en: label('English'),
    ar: label('Arabic').regex(/[\u0600-\u06FF]/, 'the Arabic label has no Arabic letters'),
  }),
  /** The id of the article in data/articles/index.json that reports the event. */
  article: articleMetaSchema.shape.id,
});

/** data/events.json: an array of events, in any order (the server sorts them by date). */
export const eventsFileSchema = z.array(timelineEventSchema);

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** Problems zod cannot see: two events on one day under the same label, an article that is not in the index. */
export function eventsProblem(events: readonly TimelineEvent[], articleIds: ReadonlySet<string>): string | null {
  const seen = new Set<string>();
  for (const [i, event] of events.entries()) {
    if (!articleIds.has(event.article)) return `${i}.article: no article "${event.article}" in the article index`;
    const key = `${event.date} ${event.label.en}`;
    if (seen.has(key)) return `${i}: "${event.label.en}" on ${event.date} is listed twice`;
    seen.add(key);
  }
  return null;
}
