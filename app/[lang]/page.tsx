import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/dashboard/dashboard';
import { isLang } from '@/lib/i18n/langs';
import { prefetchView } from './prefetch-view';
import { viewMetadata } from './view-metadata';

export async function generateMetadata({ params, searchParams }: PageProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  return isLang(lang) ? viewMetadata(lang, await searchParams) : {};
}

export default async function DashboardPage({ params, searchParams }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <HydrationBoundary state={await prefetchView(`/${lang}`, await searchParams)}>
      <Dashboard />
    </HydrationBoundary>
  );
}
