import { notFound } from 'next/navigation';

// Any path under a language that is not a page (/en/nothing, /fr/x/y): the styled, bilingual 404 of [lang]/not-found.
export default function UnknownPath(): never {
  notFound();
}
