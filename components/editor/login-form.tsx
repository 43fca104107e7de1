'use client';

import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import type { EditorSession } from '@/lib/editor/contract';
import { EDITOR_API } from '@/lib/editor/client/queries';
import { editorRequest, EditorApiError } from '@/lib/editor/client/request';
import { editorStrings } from '@/lib/i18n/editor-strings';
import styles from './editor.module.css';

type Failure = { text: string; lang: 'en' | 'ar' };

/** Username and password; on success the browser goes to `next` (inside the editor), on failure says why. */
export function LoginForm({ next }: { next: string }) {
  const { lang } = useI18n();
  const strings = editorStrings(lang);
  const [failure, setFailure] = useState<Failure | null>(null);
  const password = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      editorRequest<EditorSession>(`${EDITOR_API}/login`, { method: 'POST', body }),
    onSuccess: () => {
      // A full load, so the server components read the new session cookie.
      window.location.assign(next);
    },
    onError: (error) => {
      setFailure(describeLoginError(error));
      if (password.current) password.current.value = '';
    },
  });

  // The message takes the focus once it is on the page, so it is read out and the form follows it.
  useEffect(() => {
    if (failure) errorRef.current?.focus();
  }, [failure]);

  function describeLoginError(error: unknown): Failure {
    if (error instanceof EditorApiError) {
      if (error.status === 401) return { text: strings.login.wrong, lang };
      if (error.status === 429) {
        return {
          text: error.retryAfter
            ? strings.login.rateLimited(strings.wait(error.retryAfter))
            : strings.login.rateLimitedNoWait,
          lang,
        };
      }
      if (error.status === 0) return { text: strings.serverUnreachable, lang };
      if (error.status === 403) return { text: strings.forbidden, lang };
      const detail = [error.message, ...error.problems].join(' ');
      return { text: detail, lang: 'en' };
    }
    return { text: strings.login.failed, lang };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFailure(null);
    login.mutate({ username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') });
  }

  const busy = login.isPending || login.isSuccess;
  return (
    <form
      className={styles.loginForm}
      onSubmit={submit}
      noValidate
      aria-describedby={failure ? 'login-error' : undefined}
    >
      <div className={styles.field}>
        <label htmlFor="login-username">{strings.login.username}</label>
        <input
          id="login-username"
          name="username"
          autoComplete="username"
          required
          aria-required="true"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          maxLength={64}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="login-password">{strings.login.password}</label>
        <input
          id="login-password"
          ref={password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-required="true"
          dir="ltr"
          maxLength={1024}
        />
      </div>
      <div aria-live="assertive" aria-atomic="true">
        {failure ? (
          <p id="login-error" ref={errorRef} className={styles.error} tabIndex={-1} lang={failure.lang}>
            {failure.text}
          </p>
        ) : null}
      </div>
      <button type="submit" className={`button ${styles.primary}`} disabled={busy}>
        {busy ? strings.login.submitting : strings.login.submit}
      </button>
    </form>
  );
}
