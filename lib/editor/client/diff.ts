/** One field of an audited entity, before and after a change, as text (null: absent). */
export type FieldChange = { field: string; before: string | null; after: string | null };

/** Bookkeeping fields (row versions, publish timings) that say nothing to the reader of the history. */
const HIDDEN = new Set(['version', 'updatedAt', 'updated_at', 'ms']);

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** Flattens nested objects to dotted paths ("reason.code"); arrays and scalars are leaves. */
export function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  // A missing state (undefined, or null at the top: the entity did not exist) has no fields.
  if (value === undefined || (value === null && !prefix)) return out;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [key, inner] of entries) {
      if (HIDDEN.has(key)) continue;
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    }
    return out;
  }
  // A null field is an empty one: shown as nothing, like a field that is not there.
  if (value !== null) out.set(prefix || 'value', scalar(value));
  return out;
}

/**
 * The fields that differ between two states of an entity, in the order they first appear. When nothing differs
 * field by field (or one side is absent), every field of the side that exists is listed.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const changed = keys
    .filter((key) => a.get(key) !== b.get(key))
    .map((key) => ({ field: key, before: a.get(key) ?? null, after: b.get(key) ?? null }));
  if (changed.length > 0) return changed;
  return keys.map((key) => ({ field: key, before: a.get(key) ?? null, after: b.get(key) ?? null }));
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 timestamp with a time and a zone, which the history shows as a date and time. */
export function isTimestamp(value: string): boolean {
  return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}
