import { useEditor } from './editor-context';
import styles from './editor.module.css';

/** The optional note an editor adds to a review or a revert, with a hint below it when one is given. */
export function NoteField({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { strings } = useEditor();
  return (
    <div className={`${styles.field} ${styles.fieldWide}`}>
      <label htmlFor={id}>
        {label} <span className="muted">({strings.add.optional})</span>
      </label>
      <textarea
        id={id}
        rows={1}
        value={value}
        maxLength={2000}
        dir="auto"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
