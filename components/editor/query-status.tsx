'use client';

import type { ReactNode } from 'react';
import { Said, useEditor } from './editor-context';

/**
 * What an editor panel shows before its data is there: a spinner while the query runs, or the failure in words
 * with a Retry button. `failure` replaces the described error where the panel knows better ("no such article").
 */
export function QueryStatus(props: { pending: boolean; error: unknown; onRetry: () => void; failure?: ReactNode }) {
  const { strings, describeError } = useEditor();
  if (props.pending) {
    return (
      <p className="status status--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {strings.loading}
      </p>
    );
  }
  return (
    <div className="status status--error" role="alert">
      <p>{props.failure ?? <Said message={describeError(props.error)} />}</p>
      <button type="button" className="button" onClick={props.onRetry}>
        {strings.retry}
      </button>
    </div>
  );
}
