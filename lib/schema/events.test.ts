import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeIssues } from '@/lib/data/zod-summary';
import { articleIndexSchema } from './articles';
import { eventsFileSchema, eventsProblem, type TimelineEvent } from './events';

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(process.cwd(), 'data', file), 'utf8'));

/** The first problem zod finds, as the API and the server log report it. */
function problemOf(json: unknown): string {
  const parsed = eventsFileSchema.safeParse(json);
  if (parsed.success) throw new Error('expected the file to be rejected');
  return summarizeIssues(parsed.error);
}

const good: TimelineEvent = {
  date: '2025-03-02',
  label: { en: 'European leaders meet in the UK', ar: 'قمة القادة الأوروبيين في بريطانيا' },
  article: '000_8d37e79ea93a1486',
};

describe('the shipped data/events.json', () => {
  const articles = articleIndexSchema.parse(readJson('articles/index.json'));
  const parsed = eventsFileSchema.safeParse(readJson('events.json'));

  it('is valid', () => {
    expect(parsed.success ? null : summarizeIssues(parsed.error)).toBeNull();
  });

  it('names only articles of the index, and lists each event once', () => {
    const events = eventsFileSchema.parse(readJson('events.json'));
    expect(events.length).toBeGreaterThan(0);
    expect(eventsProblem(events, new Set(articles.map((a) => a.id)))).toBeNull();
  });

  it('dates every event within the timeline (first to last article), so each one is drawn', () => {
    const published = articles.map((a) => a.published).sort();
    for (const event of eventsFileSchema.parse(readJson('events.json'))) {
      expect(event.date >= published[0]! && event.date <= published.at(-1)!, event.label.en).toBe(true);
    }
  });

  it('dates every event near the article that reports it (within two months either side)', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const event of eventsFileSchema.parse(readJson('events.json'))) {
      const days = (Date.parse(event.date) - Date.parse(byId.get(event.article)!.published)) / 86_400_000;
      expect(Math.abs(days), `${event.label.en} vs ${event.article}`).toBeLessThanOrEqual(62);
    }
  });
});

describe('a bad events file', () => {
  it.each([
    ['not an array', { events: [] }, '(root): Invalid input: expected array, received object'],
    ['an impossible date', [{ ...good, date: '2025-02-30' }], '0.date: not a real calendar date'],
    ['a date in another format', [{ ...good, date: '02/03/2025' }], '0.date: expected a date as YYYY-MM-DD'],
    ['a missing Arabic label', [{ ...good, label: { en: 'London' } }], '0.label.ar: Invalid input: expected string'],
    ['an empty label', [{ ...good, label: { ...good.label, en: '  ' } }], '0.label.en: the English label is empty'],
    [
      'a label too long to draw',
      [{ ...good, label: { ...good.label, en: 'The leaders of Europe meet in London to talk about Ukraine' } }],
      '0.label.en: keep the English label to 40 characters: it is drawn beside a mark',
    ],
    [
      'an Arabic label without Arabic',
      [{ ...good, label: { ...good.label, ar: 'London summit' } }],
      '0.label.ar: the Arabic label has no Arabic letters',
    ],
    ['a misspelt key', [{ ...good, lable: 'x' }], '0: Unrecognized key: "lable"'],
    ['an article id with a path', [{ ...good, article: '../positions' }], '0.article: id may hold only'],
  ])('is rejected with a message naming the problem: %s', (_name, json, message) => {
    expect(problemOf(json)).toContain(message);
  });

  it('is rejected when an event names an article that is not in the index', () => {
    expect(eventsProblem([good, { ...good, date: '2025-03-03', article: 'nope' }], new Set([good.article]))).toBe(
      '1.article: no article "nope" in the article index',
    );
  });

  it('is rejected when it lists an event twice', () => {
    expect(eventsProblem([good, good], new Set([good.article]))).toBe(
      '1: "European leaders meet in the UK" on 2025-03-02 is listed twice',
    );
  });
});
