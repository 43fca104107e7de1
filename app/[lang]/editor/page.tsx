import { notFound, redirect } from 'next/navigation';
import { EditorApp } from '@/components/editor/editor-app';
import { loginPath } from '@/lib/editor/client/paths';
import { currentEditor } from '@/lib/editor/current-editor';
import { isLang } from '@/lib/i18n/langs';

export default async function EditorPage({ params }: PageProps<'/[lang]/editor'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const session = await currentEditor();
  if (!session) redirect(loginPath(lang));
  return <EditorApp lang={lang} session={session} />;
}
