'use client';

import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { useRef, type KeyboardEvent } from 'react';
import type { EditorSession } from '@/lib/editor/contract';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { AddArticleForm } from './add-article-form';
import { EditorProvider, useEditor } from './editor-context';
import { EditorHeader } from './editor-header';
import { HistoryList } from './history-list';
import { PublishPanel } from './publish-panel';
import { ReviewQueue } from './review-queue';
import styles from './editor.module.css';

export const SECTIONS = ['queue', 'add', 'history'] as const;
type Section = (typeof SECTIONS)[number];

const sectionParser = parseAsStringLiteral(SECTIONS)
  .withDefault('queue')
  .withOptions({ history: 'replace', scroll: false, shallow: true });

/** The editor's home: the publication panel, then Review queue, Add article and History as tabs. */
export function EditorApp({ lang, session }: { lang: Lang; session: EditorSession }) {
  return (
    <EditorProvider lang={lang} session={session}>
      <EditorHome />
    </EditorProvider>
  );
}

function EditorHome() {
  const { lang, strings } = useEditor();
  const [section, setSection] = useQueryState('tab', sectionParser);
  const refs = useRef<Partial<Record<Section, HTMLButtonElement | null>>>({});
  const other = lang === 'ar' ? 'en' : 'ar';
  const dir = lang === 'ar' ? 'rtl' : 'ltr';

  function onKeyDown(event: KeyboardEvent) {
    const index = SECTIONS.indexOf(section);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: Section | undefined;
    if (event.key === forward) next = SECTIONS[(index + 1) % SECTIONS.length];
    else if (event.key === backward) next = SECTIONS[(index - 1 + SECTIONS.length) % SECTIONS.length];
    else if (event.key === 'Home') next = SECTIONS[0];
    else if (event.key === 'End') next = SECTIONS.at(-1);
    if (!next) return;
    event.preventDefault();
    void setSection(next);
    refs.current[next]?.focus();
  }

  return (
    <div className={styles.page}>
      <a href="#main" className="skip-link">
        {getDictionary(lang).app.skipToContent}
      </a>
      <EditorHeader
        heading={strings.title}
        otherLanguagePath={`/${other}/editor${section === 'queue' ? '' : `?tab=${section}`}`}
      />
      <main id="main" className={styles.main} data-ready="true">
        <PublishPanel />
        <div role="tablist" aria-label={strings.sections.label} className="tabs" onKeyDown={onKeyDown}>
          {SECTIONS.map((s) => (
            <button
              key={s}
              ref={(el) => {
                refs.current[s] = el;
              }}
              type="button"
              role="tab"
              id={`editor-tab-${s}`}
              aria-selected={s === section}
              aria-controls={`editor-panel-${s}`}
              tabIndex={s === section ? 0 : -1}
              className="tabs__tab"
              onClick={() => void setSection(s)}
            >
              {strings.sections[s]}
            </button>
          ))}
        </div>
        {SECTIONS.map((s) => (
          <div
            key={s}
            role="tabpanel"
            id={`editor-panel-${s}`}
            aria-labelledby={`editor-tab-${s}`}
            hidden={s !== section}
            className={styles.panel}
          >
            {s !== section ? null : s === 'queue' ? (
              <ReviewQueue />
            ) : s === 'add' ? (
              <AddArticleForm />
            ) : (
              <HistoryList />
            )}
          </div>
        ))}
      </main>
    </div>
  );
}
