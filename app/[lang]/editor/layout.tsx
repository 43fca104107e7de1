import type { Metadata } from 'next';
import { editorStrings } from '@/lib/i18n/editor-strings';
import { getDictionary, isLang } from '@/lib/i18n/langs';

/** The editor area is for the newsroom only: never indexed, never followed, never in a search result. */
export async function generateMetadata({ params }: LayoutProps<'/[lang]/editor'>): Promise<Metadata> {
  const { lang } = await params;
  const robots = { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } };
  if (!isLang(lang)) return { robots };
  return { title: `${editorStrings(lang).title} · ${getDictionary(lang).app.title}`, robots };
}

export default function EditorLayout({ children }: LayoutProps<'/[lang]/editor'>) {
  return children;
}
