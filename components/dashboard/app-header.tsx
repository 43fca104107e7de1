'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { CiteButton } from '@/components/cite/cite-button';
import { CopyLinkButton } from '@/components/share/copy-link-button';
import { EmbedButton } from '@/components/share/embed-button';
import { changesStrings } from '@/lib/i18n/changes-strings';
import { shareStateToSearch, type ShareState } from '@/lib/url/share-state';

/** The absolute URL of a state on this page, as "Copy link" gives it. */
export function shareUrl(state: ShareState): string {
  return `${window.location.origin}${window.location.pathname}${shareStateToSearch(state)}`;
}

/** `current` is the state on screen at this instant (the timeline may be ahead of `state` mid-drag). */
export function AppHeader({
  state,
  current,
  children,
}: {
  state: ShareState;
  current: () => ShareState;
  children?: ReactNode;
}) {
  const { dict, lang } = useI18n();
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <>
      <a href="#main" className="skip-link">
        {dict.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-header__title">{dict.app.title}</h1>
          <p className="app-header__subtitle">{dict.app.subtitle}</p>
        </div>
        <div className="app-header__tools">
          {children}
          <CopyLinkButton link={() => shareUrl(current())} />
          <EmbedButton current={current} />
          <CiteButton current={current} url={shareUrl} />
          <a className="button button--ghost" href={`/${lang}/changes`}>
            {changesStrings(lang).headerLink}
          </a>
          {/* A full page load on purpose: the other language has its own root layout (lang, dir). */}
          <a
            className="button button--ghost"
            href={`/${other}${shareStateToSearch(state)}`}
            hrefLang={other}
            lang={other}
          >
            {dict.app.otherLanguage}
          </a>
        </div>
      </header>
    </>
  );
}
