'use client';

import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import type { Tab } from '@/lib/url/param-codecs';

const TABS: readonly Tab[] = ['map', 'table'];

export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `panel-${tab}`;

/** ARIA tabs with automatic activation; arrow keys follow the reading direction. */
export function ViewTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const { dict, dir } = useI18n();
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent) {
    const index = TABS.indexOf(tab);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: Tab | undefined;
    if (event.key === forward) next = TABS[(index + 1) % TABS.length];
    else if (event.key === backward) next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS.at(-1);
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={dict.tabs.label} className="tabs" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t}
          ref={(el) => {
            refs.current[t] = el;
          }}
          type="button"
          role="tab"
          id={tabId(t)}
          aria-selected={t === tab}
          aria-controls={panelId(t)}
          tabIndex={t === tab ? 0 : -1}
          className="tabs__tab"
          onClick={() => onChange(t)}
        >
          {dict.tabs[t]}
        </button>
      ))}
    </div>
  );
}
