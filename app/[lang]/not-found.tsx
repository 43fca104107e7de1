import Link from 'next/link';
import { getDictionary } from '@/lib/i18n/langs';

// Rendered inside the [lang] layout; the language is not known here, so both are offered.
export default function NotFound() {
  const en = getDictionary('en');
  const ar = getDictionary('ar');
  return (
    <main className="not-found">
      <h1>{en.notFound.title}</h1>
      <p>
        <Link href="/en">{en.notFound.back}</Link>
      </p>
      <p lang="ar" dir="rtl">
        <Link href="/ar">{ar.notFound.back}</Link>
      </p>
    </main>
  );
}
