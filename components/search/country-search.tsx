'use client';

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import { matchCountries, type SearchableCountry } from './match-countries';

type Props = { countries: readonly SearchableCountry[]; onSelect: (iso3: string) => void };

/** ARIA 1.2 combobox with a listbox popup: type, move with the arrows, Enter to select. */
export function CountrySearch({ countries, onSelect }: Props) {
  const { dict } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchCountries(countries, query), [countries, query]);
  const expanded = open && query.trim().length > 0;
  const activeMatch = matches[Math.min(active, matches.length - 1)];

  function choose(country: SearchableCountry | undefined) {
    if (!country) return;
    onSelect(country.iso3);
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      if (expanded && activeMatch) {
        event.preventDefault();
        choose(activeMatch);
      }
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {dict.search.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        className="search__input"
        placeholder={dict.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && activeMatch ? `${id}-${activeMatch.iso3}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={dict.search.label} className="search__list" hidden={!expanded}>
        {matches.map((country) => (
          <li
            key={country.iso3}
            id={`${id}-${country.iso3}`}
            role="option"
            aria-selected={country === activeMatch}
            className="search__option"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(country);
            }}
          >
            <span>{country.name}</span>
            <span className="search__code">{country.iso3}</span>
          </li>
        ))}
        {expanded && matches.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="search__empty">
            {dict.search.noMatches}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
