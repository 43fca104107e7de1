'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AuditEntry } from '@/lib/editor/contract';
import { fieldChanges, isTimestamp } from '@/lib/editor/client/diff';
import { editorKeys, HISTORY_PAGE, editorQueryDefaults } from '@/lib/editor/client/queries';
import { isEditorApiError } from '@/lib/editor/client/request';
import { formatNumber } from '@/lib/i18n/format';
import { Said, useEditor, type Message } from './editor-context';
import { NoteField } from './note-field';
import { formatMoment } from './review-card';
import { fieldLabel, valueName } from './history-names';
import { useFocusAfterRender } from './use-focus';
import { QueryStatus } from './query-status';
import styles from './editor.module.css';

/** Every change, newest first, each with who, when, what, before → after and its note, and a Revert button. */
export function HistoryList() {
  const { strings, api } = useEditor();
  const history = useInfiniteQuery({
    queryKey: editorKeys.history(),
    queryFn: ({ pageParam, signal }) => api.history(pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => (last.entries.length >= HISTORY_PAGE ? (last.entries.at(-1)?.id ?? null) : null),
    ...editorQueryDefaults,
  });
  const [announcement, setAnnouncement] = useState('');
  const entries = history.data?.pages.flatMap((p) => p.entries);

  return (
    <section aria-labelledby="history-title" className={styles.section}>
      <h2 className={styles.sectionTitle} id="history-title" tabIndex={-1}>
        {strings.history.heading}
      </h2>
      <p className={styles.intro}>{strings.history.intro}</p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {entries === undefined ? (
        <QueryStatus pending={history.isPending} error={history.error} onRetry={() => void history.refetch()} />
      ) : entries.length === 0 ? (
        <p className="muted">{strings.history.empty}</p>
      ) : (
        <>
          <ol className={styles.cards}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <HistoryEntry entry={entry} onReverted={setAnnouncement} />
              </li>
            ))}
          </ol>
          {history.hasNextPage ? (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => void history.fetchNextPage()}
              disabled={history.isFetchingNextPage}
            >
              {history.isFetchingNextPage ? strings.loading : strings.history.more}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function HistoryEntry({ entry, onReverted }: { entry: AuditEntry; onReverted: (message: string) => void }) {
  const { lang, strings, api, describeError } = useEditor();
  const queryClient = useQueryClient();
  const id = useId();
  const focusAfterRender = useFocusAfterRender();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<Message | null>(null);
  const [conflict, setConflict] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const changes = fieldChanges(entry.before, entry.after);
  const number = (n: number) => formatNumber(n, lang, 0);

  const revert = useMutation({
    mutationFn: () => api.revert(entry.id, note.trim() || undefined),
    onSuccess: async () => {
      setConfirming(false);
      setFailure(null);
      setConflict(undefined);
      setDone(strings.history.reverted);
      onReverted(strings.history.reverted);
      await queryClient.invalidateQueries({ queryKey: editorKeys.all });
      focusAfterRender('history-title');
    },
    onError: async (error) => {
      if (isEditorApiError(error, 409)) {
        setConfirming(false);
        setConflict(error.current ?? null);
        setFailure({ text: strings.history.revertConflict, lang });
        await queryClient.invalidateQueries({ queryKey: editorKeys.all });
        focusAfterRender(`${id}-failure`);
        return;
      }
      setFailure(describeError(error));
    },
  });

  const revertible = entry.action !== 'publish' && entry.revertedBy === null;

  return (
    <article className={styles.card} aria-labelledby={`${id}-title`} data-action={entry.action}>
      <header className={styles.cardHead}>
        <h3 className={styles.cardTitle} id={`${id}-title`}>
          {strings.history.actions[entry.action] ?? entry.action}
        </h3>
        <span className="badge">
          #{number(entry.id)}
          {strings.separator}
          {strings.history.entity(strings.history.entityKinds[entry.entity.kind], '')}
          <bdi dir="ltr">{entry.entity.id}</bdi>
        </span>
        {entry.revertOf !== null ? (
          <span className="badge">{strings.history.revertOf(number(entry.revertOf))}</span>
        ) : null}
        {entry.revertedBy !== null ? (
          <span className={`badge ${styles.state_rejected}`}>
            {strings.history.revertedBy(number(entry.revertedBy))}
          </span>
        ) : null}
      </header>
      <dl className={styles.facts}>
        <dt>{strings.history.who}</dt>
        <dd>
          <bdi>{entry.user}</bdi>
        </dd>
        <dt>{strings.history.when}</dt>
        <dd>
          <time dateTime={entry.at}>{formatMoment(entry.at, lang)}</time>
        </dd>
        {entry.note ? (
          <>
            <dt>{strings.history.note}</dt>
            <dd>
              <bdi dir="auto">{entry.note}</bdi>
            </dd>
          </>
        ) : null}
      </dl>
      {changes.length > 0 ? <ChangesTable changes={changes} /> : null}
      {conflict !== undefined && conflict !== null ? (
        <details className={styles.details}>
          <summary>{strings.item.theirs}</summary>
          <ChangesTable changes={fieldChanges(null, conflict)} />
        </details>
      ) : null}
      {revertible ? (
        confirming ? (
          <div className={styles.reviewControls}>
            <NoteField id={`${id}-note`} label={strings.history.revertNote} value={note} onChange={setNote} />
            <div className={styles.actions}>
              <button type="button" className="button" onClick={() => revert.mutate()} disabled={revert.isPending}>
                {revert.isPending ? strings.history.reverting : strings.history.revertConfirm}
              </button>
              <button
                type="button"
                className="button button--ghost"
                disabled={revert.isPending}
                onClick={() => {
                  setConfirming(false);
                  focusAfterRender(`${id}-revert`);
                }}
              >
                {strings.item.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <button
              type="button"
              id={`${id}-revert`}
              className="button button--ghost"
              onClick={() => {
                setConfirming(true);
                setDone(null);
                focusAfterRender(`${id}-note`);
              }}
            >
              {strings.history.revert}
            </button>
          </div>
        )
      ) : null}
      <div aria-live="polite">
        {done ? <p className={styles.ok}>{done}</p> : null}
        {failure ? (
          <p className={styles.error} id={`${id}-failure`} tabIndex={-1} role="alert">
            <Said message={failure} />
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** A field by its name in the page's language when it is one the editor knows, else by its path. */
function FieldName({ field }: { field: string }) {
  const { lang } = useEditor();
  const label = fieldLabel(field, lang);
  return label ? (
    <span title={field}>{label}</span>
  ) : (
    <code dir="ltr" translate="no">
      {field}
    </code>
  );
}

/** A value as the rest of the editor writes it: stance, reason, review state and status names, times, or as is. */
function DiffValue({ field, value }: { field: string; value: string | null }) {
  const { lang, strings } = useEditor();
  if (value === null) return <span className="muted">{strings.history.nothing}</span>;
  if (isTimestamp(value)) return <time dateTime={value}>{formatMoment(value, lang)}</time>;
  const named = valueName(field, value, lang);
  if (named) return <span title={value}>{named}</span>;
  return <bdi dir="auto">{value}</bdi>;
}

function ChangesTable({ changes }: { changes: ReturnType<typeof fieldChanges> }) {
  const { strings } = useEditor();
  return (
    <div className={styles.diffWrap}>
      <table className={styles.diff}>
        <thead>
          <tr>
            <th scope="col">{strings.history.field}</th>
            <th scope="col">{strings.history.before}</th>
            <th scope="col">{strings.history.after}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">
                <FieldName field={c.field} />
              </th>
              <td className={styles.diffBefore}>
                <DiffValue field={c.field} value={c.before} />
              </td>
              <td className={styles.diffAfter}>
                <DiffValue field={c.field} value={c.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
