'use client';

import { useI18n } from '@/components/providers/i18n-provider';

type Props = {
  selected: readonly string[];
  name: (iso3: string) => string;
  onFocus: (iso3: string) => void;
  onRemove: (iso3: string) => void;
  onClear: () => void;
};

export function SelectionChips({ selected, name, onFocus, onRemove, onClear }: Props) {
  const { dict } = useI18n();
  if (selected.length === 0) return <p className="muted selection-hint">{dict.selection.hint}</p>;
  return (
    <div className="selection">
      <h2 className="visually-hidden">{dict.selection.label}</h2>
      <ul className="chips" aria-label={dict.selection.label}>
        {selected.map((iso3, i) => (
          <li key={iso3} className={i === 0 ? 'chip chip--primary' : 'chip'}>
            <button
              type="button"
              className="chip__name"
              onClick={() => onFocus(iso3)}
              aria-current={i === 0 ? 'true' : undefined}
            >
              {name(iso3)}
            </button>
            <button
              type="button"
              className="chip__remove"
              onClick={() => onRemove(iso3)}
              aria-label={dict.selection.remove(name(iso3))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--link" onClick={onClear}>
        {dict.selection.clear}
      </button>
    </div>
  );
}
