/** One entry as BibTeX reads it: `@type{key, name = {value}, …}`. */
export type BibtexEntry = { type: string; key: string; fields: Record<string, string> };

class BibtexSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`${message} at offset ${at}`);
    this.name = 'BibtexSyntaxError';
  }
}

/**
 * A strict reader of the BibTeX this app writes (and of ordinary .bib files): entries, braced, quoted or bare
 * values, nested braces; text outside entries is a comment, as in BibTeX. Throws on anything BibTeX would choke on:
 * unbalanced braces, a missing key, comma or `=`, a field given twice. Used by the tests to check the output.
 */
export function parseBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i += 1;
  };
  const expect = (ch: string) => {
    skipSpace();
    if (text[i] !== ch) throw new BibtexSyntaxError(`expected "${ch}"`, i);
    i += 1;
  };
  const name = (what: string) => {
    skipSpace();
    const match = /^[^\s{}(),=#"%'@]+/.exec(text.slice(i));
    if (!match) throw new BibtexSyntaxError(`expected ${what}`, i);
    i += match[0].length;
    return match[0];
  };
  const braced = () => {
    const start = i;
    let depth = 0;
    for (; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === '\\') i += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}' && --depth === 0) return text.slice(start + 1, i++);
    }
    throw new BibtexSyntaxError('unbalanced braces', start);
  };
  const value = () => {
    skipSpace();
    if (text[i] === '{') return braced();
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new BibtexSyntaxError('unterminated quoted value', i);
      const quoted = text.slice(i + 1, end);
      i = end + 1;
      return quoted;
    }
    return name('a value');
  };

  while (true) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const type = name('an entry type').toLowerCase();
    expect('{');
    const key = name('a citation key');
    const fields: Record<string, string> = {};
    while (true) {
      skipSpace();
      if (text[i] === '}') break;
      expect(',');
      skipSpace();
      if (text[i] === '}') break;
      const field = name('a field name').toLowerCase();
      expect('=');
      if (field in fields) throw new BibtexSyntaxError(`field "${field}" given twice`, i);
      fields[field] = value();
    }
    i += 1;
    entries.push({ type, key, fields });
  }
  return entries;
}
