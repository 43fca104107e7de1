'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/providers/i18n-provider';
import type { FigureReviewBody, PositionReviewBody, ReviewItem } from '@/lib/editor/contract';
import { isPositionProposal } from '@/lib/editor/client/highlights';
import { editorStrings } from '@/lib/i18n/editor-strings';
import { SPENDING_KINDS, SPENDING_UNITS } from '@/lib/schema/positions';
import { REASON_CODES, STANCES } from '@/lib/schema/stance';
import styles from './editor.module.css';

type Change = Extract<PositionReviewBody, { action: 'change' }>['change'] &
  Extract<FigureReviewBody, { action: 'change' }>['change'];

/**
 * The fields of a change, starting from what stands now: stance, reason and date for a position; kind, value,
 * unit, year and date for a figure. Submitting hands the change to `onSubmit`.
 */
export function ChangeForm({
  item,
  busy,
  onSubmit,
  onCancel,
}: {
  item: ReviewItem;
  busy: boolean;
  onSubmit: (change: Change) => void;
  onCancel: () => void;
}) {
  const { dict, lang } = useI18n();
  const strings = editorStrings(lang);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const current = item.current;
  const form = useRef<HTMLFormElement>(null);

  // Opening the form takes the focus to its first field.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const date = text('date');
    if (isPositionProposal(current)) {
      const code = text('reasonCode');
      const reasonText = text('reasonText');
      const stance = text('stance') as Change['stance'];
      const reason =
        code === ''
          ? null
          : { code: code as (typeof REASON_CODES)[number], text: reasonText || current.reason?.text || code };
      onSubmit({ stance, reason, ...(date ? { date } : {}) });
      return;
    }
    const value = Number(text('value').replace(',', '.'));
    if (text('value') === '' || !Number.isFinite(value)) {
      setProblem(strings.item.badValue);
      return;
    }
    const yearText = text('year');
    const year = yearText === '' ? null : Number(yearText);
    if (year !== null && !Number.isInteger(year)) {
      setProblem(strings.item.badValue);
      return;
    }
    setProblem(null);
    onSubmit({
      kind: text('kind') as Change['kind'],
      value,
      unit: text('unit') as Change['unit'],
      year,
      ...(date ? { date } : {}),
    });
  }

  return (
    <form ref={form} className={styles.changeForm} onSubmit={submit} noValidate aria-label={strings.item.change}>
      {isPositionProposal(current) ? (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-stance`}>{strings.item.stance}</label>
            <select id={`${id}-stance`} name="stance" defaultValue={current.stance}>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {dict.stances[s]}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-reason-code`}>{strings.item.reasonCode}</label>
            <select id={`${id}-reason-code`} name="reasonCode" defaultValue={current.reason?.code ?? ''}>
              <option value="">{strings.item.noReason}</option>
              {REASON_CODES.map((code) => (
                <option key={code} value={code}>
                  {dict.reasons[code]}
                </option>
              ))}
            </select>
          </div>
          <div className={`${styles.field} ${styles.fieldWide}`}>
            <label htmlFor={`${id}-reason-text`}>{strings.item.reasonText}</label>
            <input
              id={`${id}-reason-text`}
              name="reasonText"
              defaultValue={current.reason?.text ?? ''}
              lang="ar"
              dir="rtl"
            />
          </div>
        </>
      ) : (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-kind`}>{strings.item.kind}</label>
            <select id={`${id}-kind`} name="kind" defaultValue={current.kind}>
              {SPENDING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {dict.spendingKinds[k]}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-value`}>{strings.item.value}</label>
            <input
              id={`${id}-value`}
              name="value"
              inputMode="decimal"
              defaultValue={String(current.value)}
              dir="ltr"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-unit`}>{strings.item.unit}</label>
            <select id={`${id}-unit`} name="unit" defaultValue={current.unit} dir="ltr">
              {SPENDING_UNITS.map((u) => (
                <option key={u} value={u}>
                  {u === 'pct_gdp' ? strings.item.pctUnit : u}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-year`}>{strings.item.year}</label>
            <input
              id={`${id}-year`}
              name="year"
              inputMode="numeric"
              defaultValue={current.year ? String(current.year) : ''}
              dir="ltr"
              size={6}
            />
          </div>
        </>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-date`}>{strings.item.date}</label>
        <input id={`${id}-date`} name="date" type="date" defaultValue={item.date} dir="ltr" />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className={styles.error} role="alert">
          {problem}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy}>
          {busy ? strings.item.working : strings.item.saveChange}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
          {strings.item.cancel}
        </button>
      </div>
    </form>
  );
}

export type { Change };
