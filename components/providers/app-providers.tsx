'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { useState, type ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/langs';
import { I18nProvider } from './i18n-provider';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // The data changes when the extractor runs, not while an analyst looks at it.
      queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

export function AppProviders({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>
        <I18nProvider lang={lang}>{children}</I18nProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
