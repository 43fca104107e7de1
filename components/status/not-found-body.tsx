import Link from 'next/link';
import { getDictionary } from '@/lib/i18n/langs';

/** "Page not found" in both languages, each with its way back: the path does not say which language the reader wants. */
export function NotFoundBody() {
  const en = getDictionary('en');
  const ar = getDictionary('ar');
  return (
    <main className="not-found">
      <section lang="en" dir="ltr">
        <h1>{en.notFound.title}</h1>
        <p>
          <Link href="/en">{en.notFound.back}</Link>
        </p>
      </section>
      <section lang="ar" dir="rtl">
        <h2>{ar.notFound.title}</h2>
        <p>
          <Link href="/ar">{ar.notFound.back}</Link>
        </p>
      </section>
    </main>
  );
}
