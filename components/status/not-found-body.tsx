import Link from 'next/link';
import { getDictionary, LANGS, textDirection } from '@/lib/i18n/langs';

/** "Page not found" in both languages, each with its way back: the path does not say which language the reader wants. */
export function NotFoundBody() {
  return (
    <main className="not-found">
      {LANGS.map((lang, i) => {
        const { notFound } = getDictionary(lang);
        const Title = i === 0 ? 'h1' : 'h2';
        return (
          <section key={lang} lang={lang} dir={textDirection(lang)}>
            <Title>{notFound.title}</Title>
            <p>
              <Link href={`/${lang}`}>{notFound.back}</Link>
            </p>
          </section>
        );
      })}
    </main>
  );
}
