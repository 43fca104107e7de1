import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/dashboard/dashboard';
import { isLang } from '@/lib/i18n/langs';
import { prefetchView } from '../prefetch-view';
import { viewMetadata } from '../view-metadata';

export async function generateMetadata({ params, searchParams }: PageProps<'/[lang]/embed'>): Promise<Metadata> {
  const { lang } = await params;
  return isLang(lang) ? viewMetadata(lang, await searchParams) : {};
}

/** /en/embed?… and /ar/embed?…: the map, timeline and legend of a view, for another site's page (see the README). */
export default async function EmbedPage({ params, searchParams }: PageProps<'/[lang]/embed'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <HydrationBoundary state={await prefetchView(`/${lang}/embed`, await searchParams)}>
      <Dashboard embed />
    </HydrationBoundary>
  );
}
