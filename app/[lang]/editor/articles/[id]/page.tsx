import { notFound, redirect } from 'next/navigation';
import { DraftPage } from '@/components/editor/draft-view';
import { loginPath } from '@/lib/editor/client/paths';
import { currentEditor } from '@/lib/editor/current-editor';
import { isLang } from '@/lib/i18n/langs';

export default async function EditorArticlePage({ params }: PageProps<'/[lang]/editor/articles/[id]'>) {
  const { lang, id } = await params;
  if (!isLang(lang) || id.length === 0 || id.length > 200) notFound();
  const session = await currentEditor();
  if (!session) redirect(loginPath(lang, `/${lang}/editor/articles/${encodeURIComponent(id)}`));
  return <DraftPage lang={lang} session={session} id={id} />;
}
