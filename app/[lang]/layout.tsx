import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { AppProviders } from '@/components/providers/app-providers';
import { LANGS, getDictionary, isLang, textDirection } from '@/lib/i18n/langs';
import { siteOrigin } from '@/lib/site-url';

// Other "languages" (/fr) reach the layout too, so that their 404 is the app's styled one (the page calls notFound).
export const dynamicParams = true;
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const dict = getDictionary(lang);
  return {
    // Where link previews and embeds point: the public address of the site (http://localhost:3000 when unset).
    metadataBase: new URL(siteOrigin()),
    title: dict.app.title,
    description: dict.app.subtitle,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LangLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { lang: asked } = await params;
  const lang = isLang(asked) ? asked : 'en';
  return (
    <html lang={lang} dir={textDirection(lang)}>
      <body>
        <AppProviders lang={lang}>{children}</AppProviders>
      </body>
    </html>
  );
}
