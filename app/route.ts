import { NextResponse, type NextRequest } from 'next/server';
import { preferredLang } from '@/lib/i18n/langs';

// `/` has no page of its own: send the visitor to their language and keep any shared view state.
export function GET(request: NextRequest) {
  const target = request.nextUrl.clone();
  target.pathname = `/${preferredLang(request.headers.get('accept-language'))}`;
  return NextResponse.redirect(target, 307);
}
