'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { editorKeys, editorQueryDefaults } from '@/lib/editor/client/queries';
import { formatNumber } from '@/lib/i18n/format';
import { Said, useEditor, type Message } from './editor-context';
import { formatMoment } from './review-card';
import { useFocusAfterRender } from './use-focus';
import styles from './editor.module.css';

/** What is waiting to be published, the last publication (who, when, data version), and Publish. */
export function PublishPanel() {
  const { lang, strings, api, describeError } = useEditor();
  const queryClient = useQueryClient();
  const focusAfterRender = useFocusAfterRender();
  const [result, setResult] = useState<Message | null>(null);
  const [ok, setOk] = useState(false);
  const status = useQuery({
    queryKey: editorKeys.status(),
    queryFn: ({ signal }) => api.status(signal),
    ...editorQueryDefaults,
  });
  const publish = useMutation({
    mutationFn: () => api.publish(),
    onSuccess: async (done) => {
      setOk(true);
      setResult({
        text: strings.publish.done(
          done.dataVersion,
          formatNumber(done.positions, lang, 0),
          formatNumber(done.figures, lang, 0),
        ),
        lang,
      });
      await queryClient.invalidateQueries({ queryKey: editorKeys.all });
      focusAfterRender('publish-result');
    },
    onError: (error) => {
      setOk(false);
      setResult(describeError(error, strings.publish.failed));
      focusAfterRender('publish-result');
    },
  });

  const data = status.data;
  const pending = data?.pending ?? 0;
  return (
    <section className={styles.publish} aria-labelledby="publish-title" data-pending={data ? pending : undefined}>
      <div>
        <h2 className={styles.panelTitle} id="publish-title">
          {strings.publish.heading}
        </h2>
        {data ? (
          <>
            <p className={styles.pending}>
              {pending > 0
                ? strings.publish.pending(formatNumber(pending, lang, 0), pending)
                : strings.publish.nothingPending}
            </p>
            <p className="muted">
              {data.last ? (
                <>
                  {strings.publish.last(data.last.by, formatMoment(data.last.at, lang))}
                  {strings.separator}
                  {strings.publish.version}{' '}
                  <bdi className="data-footer__hash" translate="no" data-testid="data-version">
                    {data.last.dataVersion}
                  </bdi>
                </>
              ) : (
                strings.publish.never
              )}
            </p>
          </>
        ) : status.isError ? (
          <p className={styles.error}>
            <Said message={describeError(status.error)} />{' '}
            <button type="button" className="button button--link" onClick={() => void status.refetch()}>
              {strings.retry}
            </button>
          </p>
        ) : (
          <p className="muted">{strings.loading}</p>
        )}
      </div>
      <div className={styles.publishAction}>
        <button
          type="button"
          className="button"
          onClick={() => publish.mutate()}
          disabled={publish.isPending || !data || pending === 0}
        >
          {publish.isPending ? strings.publish.publishing : strings.publish.button}
        </button>
      </div>
      <div aria-live="polite" className={styles.publishResult}>
        {result ? (
          <p
            id="publish-result"
            tabIndex={-1}
            className={ok ? styles.ok : styles.error}
            role={ok ? undefined : 'alert'}
          >
            <Said message={result} />
          </p>
        ) : null}
      </div>
    </section>
  );
}
