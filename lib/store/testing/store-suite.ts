import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewItem } from '@/lib/editor/contract';
import { checkCorpus } from '@/lib/extract/io/corpus';
import { runExtraction } from '@/lib/extract/io/run';
import { extractArticle } from '@/lib/extract/pipeline';
import { positionsCollectionSchema, type Position, type PositionsCollection } from '@/lib/schema/positions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import {
  InvalidCredentialsError,
  login,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  RateLimitedError,
  SESSION_HOURS,
  sessionFor,
} from '@/lib/auth/sessions';
import { addUser } from '@/lib/auth/users';
import { addArticle, articleDetail, discardArticle, markPublished } from '../articles';
import { exportStore, restoreStore } from '../backup';
import { ConflictError, ValidationError } from '../errors';
import { history, revert } from '../history';
import { importFiles } from '../import';
import { importWhenEmpty, openStore } from '../open';
import { publish, publishStatus } from '../publish';
import { reviewFigure, reviewPosition, reviewQueue } from '../reviews';
import type { Store } from '../store';
import { NEW_ARTICLE, SHIPPED, tempPublicFiles } from './fixtures';

const read = (file: string) => readFileSync(file, 'utf8');
const collection = (file: string) => JSON.parse(read(file)) as PositionsCollection;
const positionsOf = (c: PositionsCollection) =>
  c.features.flatMap((f) => f.properties.positions.map((p) => ({ iso3: f.properties.iso3, ...p })));

/**
 * The store's behaviour, the same for every database: run against SQLite always and against a real PostgreSQL
 * (store.postgres.test.ts). `newDatabase` gives the URL of an empty database for each test.
 */
export function storeSuite(label: string, newDatabase: () => Promise<string>) {
  describe(`the store on ${label}`, () => {
    const cleanups: (() => Promise<void> | void)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    /** A fresh store on a copy of the public files, imported from the shipped data unless `empty`. */
    async function fresh(options: { empty?: boolean } = {}) {
      const files = tempPublicFiles();
      const store = await openStore({ url: await newDatabase(), files });
      cleanups.push(
        () => files.remove(),
        () => store.close(),
      );
      if (!options.empty) await importWhenEmpty(store, { ...files, correctionsFile: SHIPPED.correctionsFile });
      return { store, files };
    }

    const positionRow = async (store: Store, article: string, iso3: string): Promise<ReviewItem> => {
      const detail = await articleDetail(store, article);
      const item = detail.positions.find((p) => p.iso3 === iso3);
      if (!item) throw new Error(`${iso3} has no position in ${article}`);
      return item;
    };

    it('imports every article, position and figure of the shipped data, and publishing gives the same files back', async () => {
      const { store, files } = await fresh();
      const index = checkCorpus(SHIPPED.articlesDir);
      const rows = await store.db.selectFrom('articles').selectAll().orderBy('id').execute();
      expect(rows.map((r) => r.id)).toEqual(index.map((m) => m.id).sort());
      for (const meta of index) {
        const row = rows.find((r) => r.id === meta.id)!;
        expect(row.text).toBe(read(path.join(SHIPPED.articlesDir, meta.file)));
        expect({ ...row, source_ar: row.source_ar ?? undefined }).toMatchObject({ ...meta, status: 'published' });
      }
      const shipped = collection(SHIPPED.positionsFile);
      const storedPositions = await store.db.selectFrom('positions').select(['iso3', 'current']).execute();
      expect(storedPositions.map((p) => ({ iso3: p.iso3, ...JSON.parse(p.current) }))).toEqual(
        expect.arrayContaining(positionsOf(shipped)),
      );
      expect(storedPositions).toHaveLength(positionsOf(shipped).length);
      const figures = await store.db.selectFrom('figures').select(['iso3', 'current']).execute();
      expect(figures.map((f) => ({ iso3: f.iso3, ...JSON.parse(f.current) }))).toEqual(
        shipped.features.flatMap((f) => f.properties.spending.map((s) => ({ iso3: f.properties.iso3, ...s }))),
      );

      const published = await publish(store, 'tester');
      expect(read(files.positionsFile)).toBe(read(SHIPPED.positionsFile));
      expect(read(path.join(files.articlesDir, 'index.json'))).toBe(read(path.join(SHIPPED.articlesDir, 'index.json')));
      expect(published).toMatchObject({ articles: index.length, positions: positionsOf(shipped).length });
      expect((await publishStatus(store)).last?.dataVersion).toBe(published.dataVersion);
    });

    it('imports corrections as reviews (replaced, removed, added) and publishes exactly what the file mode gives', async () => {
      const { store, files } = await fresh({ empty: true });
      // Corrections on a real article, made from the extractor's own reading of it.
      const meta = checkCorpus(SHIPPED.articlesDir).find((m) => m.id === '001_aa92ec81c779fc9b')!;
      const text = read(path.join(SHIPPED.articlesDir, meta.file));
      const extracted = extractArticle(meta, text).positions;
      expect(extracted.length).toBeGreaterThan(2);
      const [replaced, removed] = extracted;
      const quote = replaced!.position.evidence.text;
      const corrections = {
        corrections: [
          {
            action: 'replace',
            article: meta.id,
            iso3: replaced!.iso3,
            position: { stance: 'participating', quote },
            note: 'The sentence reports attendance only.',
          },
          { action: 'remove', article: meta.id, iso3: removed!.iso3, note: 'Named as a venue, not a party.' },
          {
            action: 'add',
            article: meta.id,
            iso3: 'ISL',
            position: { stance: 'support_no_troops', quote, date: '2025-04-11' },
            note: 'Iceland is named in the same breath in the original report.',
          },
        ],
      };
      const correctionsFile = path.join(files.dir, 'corrections.json');
      writeFileSync(correctionsFile, JSON.stringify(corrections));
      const expected = runExtraction({ articlesDir: files.articlesDir, baseFile: files.baseFile, correctionsFile });
      writeFileSync(files.positionsFile, expected.geojson);

      const summary = await importFiles(store, { ...files, correctionsFile });
      expect(summary.corrections).toBe(3);
      const stored = await store.db.selectFrom('positions').selectAll().where('article_id', '=', meta.id).execute();
      const byIso3 = new Map(stored.map((r) => [r.iso3, r]));
      expect(byIso3.get(replaced!.iso3)).toMatchObject({ review: 'changed', note: corrections.corrections[0]!.note });
      expect(JSON.parse(byIso3.get(replaced!.iso3)!.proposal)).toEqual(replaced!.position);
      expect(byIso3.get(removed!.iso3)).toMatchObject({ review: 'rejected', note: corrections.corrections[1]!.note });
      expect(byIso3.get('ISL')).toMatchObject({ review: 'accepted', origin: 'editor' });

      writeFileSync(files.positionsFile, '');
      await publish(store, 'tester');
      expect(read(files.positionsFile)).toBe(expected.geojson);
    });

    it('adds an article as a draft with its extraction, keeps it off the public files, and publishes it', async () => {
      const { store, files } = await fresh();
      const before = read(files.positionsFile);
      const draft = await addArticle(store, NEW_ARTICLE, 'amina');
      expect(draft.article).toMatchObject({ status: 'draft', addedBy: 'amina', published: NEW_ARTICLE.published });
      expect(draft.article.id).toMatch(/^ed-20250304-[0-9a-f]{8}$/);
      const extraction = extractArticle(
        { id: draft.article.id, file: `${draft.article.id}.txt`, lang: 'ar', ...NEW_ARTICLE, date_basis: '' },
        NEW_ARTICLE.text,
      );
      expect(draft.positions.map((p) => [p.iso3, p.current])).toEqual(
        extraction.positions.map((p) => [p.iso3, expect.objectContaining({ stance: p.position.stance })]),
      );
      expect(draft.figures).toHaveLength(extraction.spending.length);
      const polish = draft.positions.find((p) => p.iso3 === 'POL')!;
      expect(polish.evidence.text).toContain('بولندا');
      expect(polish.context.before).toContain('النرويجية');

      // A publish of everything else leaves the draft out.
      await publish(store, 'amina');
      expect(read(files.positionsFile)).toBe(before);
      expect(read(path.join(files.articlesDir, 'index.json'))).not.toContain(draft.article.id);

      await markPublished(store, draft.article.id, draft.article.version, 'amina');
      const result = await publish(store, 'amina');
      const cited = positionsOf(positionsCollectionSchema.parse(collection(files.positionsFile))).filter(
        (p) => p.article === draft.article.id,
      );
      expect(cited.map((p) => p.iso3).sort()).toEqual(extraction.positions.map((p) => p.iso3).sort());
      expect(read(path.join(files.articlesDir, `${draft.article.id}.txt`))).toBe(NEW_ARTICLE.text);
      expect(result.articles).toBe(checkCorpus(SHIPPED.articlesDir).length + 1);
      expect(checkCorpus(files.articlesDir).map((m) => m.id)).toContain(draft.article.id);
    });

    it("refuses an article with the CLI's messages", async () => {
      const { store } = await fresh({ empty: true });
      await expect(addArticle(store, { ...NEW_ARTICLE, text: '... 2025 !!' }, 'amina')).rejects.toThrow(
        /the article text: the file holds no letters/,
      );
      const bad = await addArticle(store, { ...NEW_ARTICLE, published: '2025-02-30' }, 'amina').catch((e) => e);
      expect(bad).toBeInstanceOf(ValidationError);
      expect((bad as ValidationError).problems).toEqual(['field "published": not a real calendar date']);
      expect(await store.db.selectFrom('articles').select('id').execute()).toEqual([]);
    });

    it('tells the second of two reviewers about the first one’s change instead of overwriting it', async () => {
      const { store } = await fresh();
      const item = (await reviewQueue(store, 'position', 1))[0]!;
      const first = await reviewPosition(
        store,
        item.id,
        { action: 'change', version: item.version, change: { stance: 'declined' }, note: 'Read the whole quote.' },
        'amina',
      );
      expect(first).toMatchObject({ review: 'changed', reviewedBy: 'amina', current: { stance: 'declined' } });
      const second = await reviewPosition(store, item.id, { action: 'accept', version: item.version }, 'omar').catch(
        (e) => e,
      );
      expect(second).toBeInstanceOf(ConflictError);
      expect((second as ConflictError<ReviewItem>).current).toMatchObject({
        id: item.id,
        version: first.version,
        review: 'changed',
        reviewedBy: 'amina',
        note: 'Read the whole quote.',
        current: { stance: 'declined' },
      });
      // With the version they were shown, the second reviewer's decision goes through.
      const retried = await reviewPosition(store, item.id, { action: 'accept', version: first.version }, 'omar');
      expect(retried).toMatchObject({ review: 'accepted', reviewedBy: 'omar', current: { stance: 'declined' } });
    });

    it('publishes reviews: accepted ones are certain, rejected ones leave, changed ones show the change', async () => {
      const { store, files } = await fresh();
      const [a, b, c] = await reviewQueue(store, 'position', 3);
      await reviewPosition(store, a!.id, { action: 'accept', version: a!.version }, 'amina');
      await reviewPosition(store, b!.id, { action: 'reject', version: b!.version, note: 'Not a position.' }, 'amina');
      await reviewPosition(
        store,
        c!.id,
        {
          action: 'change',
          version: c!.version,
          change: {
            stance: 'conditional',
            reason: { code: 'legal_basis_required', text: 'بتفويض من الأمم المتحدة' },
            date: '2025-05-02',
          },
        },
        'amina',
      );
      expect((await publishStatus(store)).pending).toBe(3);
      await publish(store, 'amina');
      expect((await publishStatus(store)).pending).toBe(0);
      const published = positionsOf(positionsCollectionSchema.parse(collection(files.positionsFile)));
      const find = (item: ReviewItem) => published.find((p) => p.iso3 === item.iso3 && p.article === item.article.id);
      expect(find(a!)).toMatchObject({ reviewed: true, confidence: 1, stance: (a!.current as Position).stance });
      expect(find(a!)).not.toHaveProperty('conflict');
      expect(find(b!)).toBeUndefined();
      expect(find(c!)).toMatchObject({
        stance: 'conditional',
        date: '2025-05-02',
        reason: { code: 'legal_basis_required', text: 'بتفويض من الأمم المتحدة' },
        reviewed: true,
      });
      const untouched = published.filter((p) => !p.reviewed);
      expect(untouched.length).toBe(published.length - 2);
    });

    it('lists the review queue with conflicting reports first, then the lowest confidence', async () => {
      const { store } = await fresh();
      const queue = await reviewQueue(store, 'position', 500);
      const total = await store.db.selectFrom('positions').select('id').execute();
      expect(queue).toHaveLength(total.length);
      const rank = (i: ReviewItem) => [i.conflict ? 0 : 1, i.confidence] as const;
      for (let i = 1; i < queue.length; i++) {
        const [p, q] = [rank(queue[i - 1]!), rank(queue[i]!)];
        expect(p[0] < q[0] || (p[0] === q[0] && p[1] <= q[1])).toBe(true);
      }
      await reviewPosition(store, queue[0]!.id, { action: 'accept', version: queue[0]!.version }, 'amina');
      const after = await reviewQueue(store, 'position', 500);
      expect(after.map((i) => i.id)).toEqual(queue.slice(1).map((i) => i.id));
      expect(
        (await reviewQueue(store, 'figure', 10)).every((i) => i.kind === 'figure' && i.review === 'unreviewed'),
      ).toBe(true);
    });

    it('reverts a change to exactly what stood before, and refuses a revert the item has moved on from', async () => {
      const { store } = await fresh();
      const item = (await reviewQueue(store, 'position', 1))[0]!;
      const changed = await reviewPosition(
        store,
        item.id,
        { action: 'change', version: item.version, change: { stance: 'troops_committed', reason: null } },
        'amina',
      );
      const [entry] = await history(store, { limit: 1 });
      expect(entry).toMatchObject({
        action: 'position.change',
        user: 'amina',
        entity: { kind: 'position', id: String(item.id) },
      });
      const undo = await revert(store, entry!.id, 'omar', 'Too strong for "ready to".');
      expect(undo).toMatchObject({ action: 'revert', revertOf: entry!.id, user: 'omar' });
      const restored = await positionRow(store, item.article.id, item.iso3);
      expect(restored).toMatchObject({ review: 'unreviewed', current: item.current, reviewedBy: null, note: null });
      expect(restored.version).toBe(changed.version + 1);
      expect((await history(store, { limit: 5 })).find((e) => e.id === entry!.id)?.revertedBy).toBe(undo.id);
      await expect(revert(store, entry!.id, 'omar')).rejects.toBeInstanceOf(ConflictError);

      // A change made after the entry blocks reverting it: the answer shows the item as it stands.
      const accepted = await reviewPosition(store, item.id, { action: 'accept', version: restored.version }, 'amina');
      const blocked = await revert(store, undo.id, 'amina').catch((e) => e);
      expect(blocked).toBeInstanceOf(ConflictError);
      expect((blocked as ConflictError<ReviewItem>).current).toMatchObject({
        review: 'accepted',
        version: accepted.version,
      });
    });

    it('reverts and discards articles; a discarded published article leaves the public files at the next publish', async () => {
      const { store, files } = await fresh();
      const draft = await addArticle(store, NEW_ARTICLE, 'amina');
      await markPublished(store, draft.article.id, draft.article.version, 'amina');
      await publish(store, 'amina');
      expect(read(path.join(files.articlesDir, 'index.json'))).toContain(draft.article.id);
      const current = await articleDetail(store, draft.article.id);
      const discarded = await discardArticle(store, draft.article.id, current.article.version, 'omar');
      expect(discarded.article.status).toBe('discarded');
      await expect(discardArticle(store, draft.article.id, current.article.version, 'omar')).rejects.toBeInstanceOf(
        ConflictError,
      );
      await publish(store, 'omar');
      expect(read(files.positionsFile)).toBe(read(SHIPPED.positionsFile));
      expect(read(path.join(files.articlesDir, 'index.json'))).toBe(read(path.join(SHIPPED.articlesDir, 'index.json')));
      // Undo the discard: the article is published again at the next publish.
      const discard = (await history(store, { limit: 10 })).find((e) => e.action === 'article.discard')!;
      await revert(store, discard.id, 'amina');
      expect((await articleDetail(store, draft.article.id)).article.status).toBe('published');
      await publish(store, 'amina');
      expect(read(path.join(files.articlesDir, 'index.json'))).toContain(draft.article.id);
    });

    it('reviews figures with the same concurrency rule', async () => {
      const { store, files } = await fresh();
      const figure = (await reviewQueue(store, 'figure', 1))[0]!;
      const changed = await reviewFigure(
        store,
        figure.id,
        { action: 'change', version: figure.version, change: { value: 2.75, year: null } },
        'amina',
      );
      expect(changed.current).toMatchObject({ value: 2.75 });
      expect(changed.current).not.toHaveProperty('year');
      await expect(
        reviewFigure(store, figure.id, { action: 'reject', version: figure.version }, 'omar'),
      ).rejects.toBeInstanceOf(ConflictError);
      await publish(store, 'amina');
      const spending = collection(files.positionsFile).features.find((f) => f.properties.iso3 === figure.iso3)!
        .properties.spending;
      expect(spending.find((s) => s.article === figure.article.id)).toMatchObject({ value: 2.75 });
    });

    it('hashes passwords with a salt of their own and verifies them', async () => {
      const [a, b] = [await hashPassword('ملف القوات 2025'), await hashPassword('ملف القوات 2025')];
      expect(a).not.toBe(b);
      expect(a).toMatch(/^scrypt\$\d+\$8\$1\$[\w-]+\$[\w-]+$/);
      expect(await verifyPassword('ملف القوات 2025', a)).toBe(true);
      expect(await verifyPassword('ملف القوات 2024', a)).toBe(false);
      // Another user's key under this salt: the same password must not match it.
      const tampered = [...a.split('$').slice(0, 5), b.split('$')[5]].join('$');
      expect(await verifyPassword('ملف القوات 2025', tampered)).toBe(false);
      expect(await verifyPassword('x', 'plain-text')).toBe(false);
    });

    it('opens sessions that expire, and keeps only a hash of their token', async () => {
      const { store } = await fresh({ empty: true });
      await addUser(store, 'amina', 'a long enough passphrase');
      const t0 = new Date('2026-01-05T08:00:00Z');
      const { token, session } = await login(
        store,
        { username: 'amina', password: 'a long enough passphrase', address: '10.0.0.7' },
        () => t0,
      );
      expect(session.expiresAt).toBe(new Date(t0.getTime() + SESSION_HOURS * 3_600_000).toISOString());
      const stored = await store.db.selectFrom('sessions').selectAll().execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(token);
      const at = (ms: number) => () => new Date(t0.getTime() + ms);
      expect(await sessionFor(store, token, at(SESSION_HOURS * 3_600_000 - 1000))).toMatchObject({
        username: 'amina',
        csrf: session.csrf,
      });
      expect(await sessionFor(store, token, at(SESSION_HOURS * 3_600_000))).toBeNull();
      expect(await sessionFor(store, `${token}x`, at(0))).toBeNull();
    });

    it('limits failed logins per account, even with the right password, until the window passes', async () => {
      const { store } = await fresh({ empty: true });
      await addUser(store, 'amina', 'a long enough passphrase');
      let now = new Date('2026-01-05T08:00:00Z').getTime();
      const clock = () => new Date(now);
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        await expect(
          login(store, { username: 'amina', password: `guess ${i}`, address: `192.0.2.${i}` }, clock),
        ).rejects.toBeInstanceOf(InvalidCredentialsError);
        now += 1000;
      }
      const limited = await login(
        store,
        { username: 'amina', password: 'a long enough passphrase', address: '198.51.100.1' },
        clock,
      ).catch((e) => e);
      expect(limited).toBeInstanceOf(RateLimitedError);
      expect((limited as RateLimitedError).scope).toBe('account');
      const wait = (limited as RateLimitedError).retryAfterSeconds;
      expect(wait).toBeGreaterThan(15 * 60 - 10);
      expect(wait).toBeLessThanOrEqual(15 * 60);
      now += wait * 1000;
      await expect(
        login(store, { username: 'amina', password: 'a long enough passphrase', address: '198.51.100.1' }, clock),
      ).resolves.toMatchObject({ session: { username: 'amina' } });
    });

    it('limits failed logins per address across accounts, and leaves other addresses alone', async () => {
      const { store } = await fresh({ empty: true });
      await addUser(store, 'omar', 'another long passphrase');
      const clock = () => new Date('2026-01-05T09:00:00Z');
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
        await expect(
          login(store, { username: `probe${i}`, password: 'x', address: '203.0.113.9' }, clock),
        ).rejects.toBeInstanceOf(InvalidCredentialsError);
      }
      const limited = await login(
        store,
        { username: 'omar', password: 'another long passphrase', address: '203.0.113.9' },
        clock,
      ).catch((e) => e);
      expect(limited).toBeInstanceOf(RateLimitedError);
      expect((limited as RateLimitedError).scope).toBe('address');
      await expect(
        login(store, { username: 'omar', password: 'another long passphrase', address: '203.0.113.10' }, clock),
      ).resolves.toMatchObject({ session: { username: 'omar' } });
    });

    it('restores a backup to the same data', async () => {
      const { store } = await fresh();
      await addUser(store, 'amina', 'a long enough passphrase');
      const item = (await reviewQueue(store, 'position', 1))[0]!;
      await reviewPosition(store, item.id, { action: 'reject', version: item.version, note: 'قراءة خاطئة' }, 'amina');
      const backup = await exportStore(store);
      const draft = await addArticle(store, NEW_ARTICLE, 'amina');
      await publish(store, 'amina');
      await restoreStore(store, JSON.parse(JSON.stringify(backup)));
      const restored = await exportStore(store);
      expect(restored.tables).toEqual(backup.tables);
      await expect(articleDetail(store, draft.article.id)).rejects.toThrow(/not found/);
      // Auto-numbered keys go on after the restored rows.
      const again = await addArticle(store, NEW_ARTICLE, 'amina');
      const maxBefore = Math.max(...backup.tables.positions.map((p) => p.id as number));
      expect(Math.min(...again.positions.map((p) => p.id))).toBeGreaterThan(maxBefore);
    });
  });
}
