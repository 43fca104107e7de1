import type { Random } from './random';

/**
 * Values a crawler, a mangled share or an attacker puts in a URL. Entries are raw query-string text
 * (already percent-encoded where a browser would encode, deliberately broken where it would not).
 */
export const INJECTIONS = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'javascript:alert(1)',
  "'%20OR%201%3D1--",
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%24%7B7*7%7D',
  '%7B%7B7*7%7D%7D',
  '%0D%0ASet-Cookie:%20x%3D1',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e308',
  '0x41',
  '[]',
  '%7B%22a%22%3A1%7D',
];

export const UNICODE = [
  '%D9%A2%D9%A0%D9%A2%D9%A5-%D9%A0%D9%A2-%D9%A2%D9%A6', // Arabic-Indic digits: ٢٠٢٥-٠٢-٢٦
  '%E2%80%AEGBR', // right-to-left override
  'GBR%E2%80%8B', // zero-width space
  '%EF%BC%A7%EF%BC%A2%EF%BC%B2', // fullwidth ＧＢＲ
  '%F0%9F%87%AC%F0%9F%87%A7', // flag emoji
  '%C4%B1ta', // dotless i
  '%D8%A8%D8%B1%D9%8A%D8%B7%D8%A7%D9%86%D9%8A%D8%A7', // بريطانيا
  '%ED%A0%80', // a lone surrogate as (invalid) UTF-8
  '%C0%AF', // overlong "/"
  '%FF%FE',
];

export const BROKEN_ENCODING = ['%', '%zz', '%2', '%00', '%25', '+', '%2B', '&', '=', '==', '%26', '%3D', ';', '#x'];

/** Anything at all: one of the lists above, random bytes, or a long run. */
export function nastyValue(r: Random): string {
  switch (r.int(0, 5)) {
    case 0:
      return r.pick(INJECTIONS);
    case 1:
      return r.pick(UNICODE);
    case 2:
      return r.pick(BROKEN_ENCODING);
    case 3:
      return Array.from(
        { length: r.int(1, 12) },
        () => `%${r.int(0, 255).toString(16).padStart(2, '0').toUpperCase()}`,
      ).join('');
    case 4:
      return r.pick(['A', 'GBR~', '9', '%E2%80%8B', '~']).repeat(r.pick([257, 600, 2000, 5000]));
    default:
      return String(r.pick([0, -1, 1.5, 99999999999, 1e21]));
  }
}
