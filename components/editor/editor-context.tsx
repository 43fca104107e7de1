'use client';

import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { EditorSession } from '@/lib/editor/contract';
import { loginPath } from '@/lib/editor/client/paths';
import { editorApi, type EditorApi } from '@/lib/editor/client/queries';
import { EditorApiError, isEditorApiError } from '@/lib/editor/client/request';
import { editorStrings, type EditorStrings } from '@/lib/i18n/editor-strings';
import type { Lang } from '@/lib/i18n/langs';

/** A message and the language it is written in (the server writes English). */
export type Message = { text: string; lang: Lang };

type EditorContextValue = {
  lang: Lang;
  strings: EditorStrings;
  session: EditorSession;
  api: EditorApi;
  /**
   * The text to show for a failed call, in the page's language or, for the server's own messages, in English
   * (a 401 also sends the browser to the login page, see below).
   */
  describeError: (error: unknown, fallback?: string) => Message;
};

const EditorContext = createContext<EditorContextValue | null>(null);

export function EditorProvider({
  lang,
  session,
  children,
}: {
  lang: Lang;
  session: EditorSession;
  children: ReactNode;
}) {
  const strings = editorStrings(lang);
  const queryClient = useQueryClient();

  // Any editor call answered 401 (the session ended or was closed) sends the browser to the login page, with the
  // way back here.
  useEffect(() => {
    const onEvent = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      if (event.type !== 'updated' || event.action?.type !== 'error') return;
      if (!isEditorApiError(event.action.error, 401)) return;
      window.location.assign(loginPath(lang, `${window.location.pathname}${window.location.search}`));
    };
    const stopQueries = queryClient.getQueryCache().subscribe(onEvent);
    const stopMutations = queryClient.getMutationCache().subscribe(onEvent);
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, lang]);

  const describeError = useCallback(
    (error: unknown, fallback?: string): Message => {
      if (isEditorApiError(error, 401)) return { text: strings.sessionExpired, lang };
      if (isEditorApiError(error, 0)) return { text: strings.serverUnreachable, lang };
      if (isEditorApiError(error, 403)) return { text: strings.forbidden, lang };
      if (error instanceof EditorApiError) return { text: error.message, lang: 'en' };
      return { text: fallback ?? strings.loadError, lang };
    },
    [lang, strings],
  );
  const value = useMemo<EditorContextValue>(
    () => ({ lang, strings, session, api: editorApi(session.csrf), describeError }),
    [lang, strings, session, describeError],
  );
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor must be used inside EditorProvider');
  return value;
}

/** A message in its own language, isolated so that English inside an Arabic page reads left to right. */
export function Said({ message }: { message: Message }) {
  return (
    <bdi lang={message.lang} dir={message.lang === 'ar' ? 'rtl' : 'ltr'}>
      {message.text}
    </bdi>
  );
}
