'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { getDictionary } from '@/lib/i18n/langs';
import { loginPath } from '@/lib/editor/client/paths';
import { Said, useEditor, type Message } from './editor-context';
import styles from './editor.module.css';

/** The editor's header: where you are, who you are, the other language, the public site and Log out. */
export function EditorHeader({ heading, otherLanguagePath }: { heading: string; otherLanguagePath: string }) {
  const { lang, strings, session, api, describeError } = useEditor();
  const [failure, setFailure] = useState<Message | null>(null);
  const other = lang === 'ar' ? 'en' : 'ar';
  const logout = useMutation({
    mutationFn: () => api.logout(),
    onSuccess: () => window.location.assign(loginPath(lang)),
    onError: (error) => setFailure(describeError(error)),
  });
  return (
    <header className={styles.header}>
      <div>
        <p className="muted">{getDictionary(lang).app.title}</p>
        <h1 className={styles.title}>{heading}</h1>
      </div>
      <nav className={styles.nav} aria-label={strings.title}>
        <span className={styles.user}>{strings.signedInAs(session.username)}</span>
        <a className="button button--ghost" href={`/${lang}`}>
          {strings.publicSite}
        </a>
        <a className="button button--ghost" href={otherLanguagePath} hrefLang={other} lang={other}>
          {strings.otherLanguage}
        </a>
        <button
          type="button"
          className="button"
          onClick={() => logout.mutate()}
          disabled={logout.isPending || logout.isSuccess}
        >
          {logout.isPending || logout.isSuccess ? strings.loggingOut : strings.logout}
        </button>
      </nav>
      {failure ? (
        <p className={styles.error} role="alert">
          <Said message={failure} />
        </p>
      ) : null}
    </header>
  );
}
