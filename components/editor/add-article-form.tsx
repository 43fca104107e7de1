'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { NewArticleBody } from '@/lib/editor/contract';
import { editorKeys } from '@/lib/editor/client/queries';
import { EditorApiError } from '@/lib/editor/client/request';
import { Said, useEditor, type Message } from './editor-context';
import { useFocusAfterRender } from './use-focus';
import styles from './editor.module.css';

/** The largest .txt read into the form; news articles are a few kilobytes. */
const MAX_FILE_BYTES = 2_000_000;

type Failure = { title: Message; problems: string[] };

/**
 * Paste or upload an article with its publication date, date precision and source (and optionally the source in
 * Arabic and the date's basis). The server validates it as the CLI does and its messages are shown here; on
 * success the browser opens the draft.
 */
export function AddArticleForm() {
  const { lang, strings, api, describeError } = useEditor();
  const queryClient = useQueryClient();
  const router = useRouter();
  const focusAfterRender = useFocusAfterRender();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [added, setAdded] = useState(false);

  const add = useMutation({
    mutationFn: (body: NewArticleBody) => api.addArticle(body),
    onSuccess: async (draft) => {
      setFailure(null);
      setAdded(true);
      await queryClient.invalidateQueries({ queryKey: editorKeys.all });
      router.push(`/${lang}/editor/articles/${encodeURIComponent(draft.article.id)}`);
    },
    onError: (error) => {
      const title =
        error instanceof EditorApiError && error.status === 400
          ? { text: strings.add.problemsTitle, lang }
          : describeError(error);
      const problems =
        error instanceof EditorApiError && error.status === 400
          ? error.problems.length > 0
            ? [...error.problems]
            : [error.message]
          : [];
      setFailure({ title, problems });
      focusAfterRender('add-problems');
    },
  });

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const looksText = file.type === '' || file.type.startsWith('text/') || file.name.toLowerCase().endsWith('.txt');
    if (!looksText || file.size > MAX_FILE_BYTES) {
      setFileNote({ text: strings.add.fileNotText, lang });
      return;
    }
    const content = await file.text();
    if (content.includes('\u0000')) {
      setFileNote({ text: strings.add.fileNotText, lang });
      return;
    }
    setText(content.replace(/^\uFEFF/, ''));
    setFileNote({ text: strings.add.fileRead(file.name), lang });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const optional = (name: string) => field(name) || undefined;
    setAdded(false);
    add.mutate({
      text,
      published: field('published'),
      date_precision: field('date_precision') as NewArticleBody['date_precision'],
      source: field('source'),
      source_ar: optional('source_ar'),
      date_basis: optional('date_basis'),
    });
  }

  const busy = add.isPending || added;
  /** The problems name their field ("published: …"); such a field is marked invalid and points to the summary. */
  const invalid = (name: keyof NewArticleBody) =>
    failure?.problems.some((p) => p.startsWith(`${name}:`))
      ? { 'aria-invalid': true as const, 'aria-errormessage': 'add-problems' }
      : {};
  return (
    <section aria-labelledby="add-title" className={styles.section}>
      <h2 className={styles.sectionTitle} id="add-title" tabIndex={-1}>
        {strings.add.heading}
      </h2>
      <p className={styles.intro}>{strings.add.intro}</p>
      <div aria-live="polite">
        {failure ? (
          <div
            id="add-problems"
            className={styles.problems}
            tabIndex={-1}
            role="alert"
            aria-labelledby="add-problems-title"
          >
            <p id="add-problems-title">
              <strong>
                <Said message={failure.title} />
              </strong>
            </p>
            {failure.problems.length > 0 ? (
              <ul lang="en" dir="ltr">
                {failure.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : added ? (
          <p className={styles.ok}>{strings.add.added}</p>
        ) : null}
      </div>
      <form className={styles.addForm} onSubmit={submit} noValidate aria-labelledby="add-title">
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor="add-text">{strings.add.text}</label>
          <textarea
            id="add-text"
            {...invalid('text')}
            name="text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            lang="ar"
            dir="rtl"
            required
            aria-required="true"
            aria-describedby="add-text-hint"
          />
          <span id="add-text-hint" className={styles.hint}>
            {strings.add.textHint}
          </span>
        </div>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor="add-file">{strings.add.file}</label>
          <input
            id="add-file"
            type="file"
            accept=".txt,text/plain"
            onChange={(e) => void readFile(e)}
            aria-describedby="add-file-hint add-file-note"
          />
          <span id="add-file-hint" className={styles.hint}>
            {strings.add.fileHint}
          </span>
          <span id="add-file-note" className={styles.hint} aria-live="polite">
            {fileNote ? <Said message={fileNote} /> : null}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor="add-published">{strings.add.published}</label>
          <input
            id="add-published"
            {...invalid('published')}
            name="published"
            type="date"
            dir="ltr"
            required
            aria-required="true"
            aria-describedby="add-published-hint"
          />
          <span id="add-published-hint" className={styles.hint}>
            {strings.add.publishedHint}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor="add-precision">{strings.add.precision}</label>
          <select id="add-precision" name="date_precision" defaultValue="day" {...invalid('date_precision')}>
            {(['day', 'month', 'year'] as const).map((p) => (
              <option key={p} value={p}>
                {strings.add.precisions[p]}
              </option>
            ))}
          </select>
        </div>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor="add-source">{strings.add.source}</label>
          <input
            id="add-source"
            {...invalid('source')}
            name="source"
            dir="ltr"
            lang="en"
            required
            aria-required="true"
            aria-describedby="add-source-hint"
          />
          <span id="add-source-hint" className={styles.hint}>
            {strings.add.sourceHint}
          </span>
        </div>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor="add-source-ar">
            {strings.add.sourceAr} <span className="muted">({strings.add.optional})</span>
          </label>
          <input id="add-source-ar" name="source_ar" dir="rtl" lang="ar" {...invalid('source_ar')} />
        </div>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor="add-date-basis">
            {strings.add.dateBasis} <span className="muted">({strings.add.optional})</span>
          </label>
          <textarea id="add-date-basis" name="date_basis" rows={2} dir="auto" aria-describedby="add-date-basis-hint" />
          <span id="add-date-basis-hint" className={styles.hint}>
            {strings.add.dateBasisHint}
          </span>
        </div>
        <div className={styles.actions}>
          <button type="submit" className={`button ${styles.primary}`} disabled={busy}>
            {busy ? strings.add.submitting : strings.add.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
