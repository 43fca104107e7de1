import { notFound, redirect } from 'next/navigation';
import { LoginForm } from '@/components/editor/login-form';
import styles from '@/components/editor/editor.module.css';
import { safeNext } from '@/lib/editor/client/request';
import { currentEditor } from '@/lib/editor/current-editor';
import { editorStrings } from '@/lib/i18n/editor-strings';
import { getDictionary, isLang } from '@/lib/i18n/langs';

export default async function EditorLoginPage({ params, searchParams }: PageProps<'/[lang]/editor/login'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const next = safeNext((await searchParams).next, lang);
  if (await currentEditor()) redirect(next);
  const strings = editorStrings(lang);
  const dict = getDictionary(lang);
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <div className={styles.page}>
      <a href="#main" className="skip-link">
        {dict.app.skipToContent}
      </a>
      <header className={styles.header}>
        <div>
          <p className="muted">{dict.app.title}</p>
          <h1 className={styles.title}>{strings.login.title}</h1>
        </div>
        <nav className={styles.nav} aria-label={strings.title}>
          <a className="button button--ghost" href={`/${lang}`}>
            {strings.publicSite}
          </a>
          <a className="button button--ghost" href={`/${other}/editor/login`} hrefLang={other} lang={other}>
            {strings.otherLanguage}
          </a>
        </nav>
      </header>
      <main id="main" className={styles.main} data-ready="true">
        <p className={styles.intro}>{strings.login.intro}</p>
        <LoginForm next={next} />
      </main>
    </div>
  );
}
