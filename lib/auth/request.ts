import { timingSafeEqual } from 'node:crypto';
import { SESSION_COOKIE } from '@/lib/editor/contract';
import { SESSION_HOURS } from './sessions';

/** The value of one cookie of a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export const sessionToken = (request: Request) => readCookie(request.headers.get('cookie'), SESSION_COOKIE);

/** Served over https: the URL says so, or the proxy in front does (X-Forwarded-Proto). */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return new URL(request.url).protocol === 'https:';
}

/** The session cookie: httpOnly, SameSite=Strict, Path=/, Secure over https, for the session's fixed term. */
export function sessionCookie(request: Request, token: string): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${SESSION_HOURS * 3600}`,
  ];
  if (isHttps(request)) parts.push('Secure');
  return parts.join('; ');
}

export function clearedSessionCookie(request: Request): string {
  const parts = [`${SESSION_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0'];
  if (isHttps(request)) parts.push('Secure');
  return parts.join('; ');
}

/**
 * Whether a browser sent this request from another site: Sec-Fetch-Site says so, or the Origin is not this host.
 * A request with neither header (a script, curl) is not a browser's cross-site request.
 */
export function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null') return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The client's address for rate limiting: the last X-Forwarded-For entry (the one the proxy in front adds;
 * deploy/nginx appends it), else X-Real-IP, else "direct". Behind no proxy the header is the client's to write,
 * so the per-address limit then holds only together with the per-account one.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return (last || request.headers.get('x-real-ip')?.trim() || 'direct').slice(0, 100);
}

/** Constant-time comparison of the request's CSRF header with the session's token. */
export function csrfMatches(sent: string | null, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
