import type { ApiCase } from './api-cases';

export type ApiOutcome = { status: number; problems: string[] };

const WANTED = { ok: [200], bad: [400], unknown: [404], any: null } as const;

/**
 * Fetches one case and lists everything wrong with the answer: a 5xx, a status other than the
 * expected one, an error that is not JSON `{ error }`, or an error message that echoes markup back.
 */
export async function checkApiCase(base: string, c: ApiCase): Promise<ApiOutcome> {
  const problems: string[] = [];
  let response: Response;
  try {
    response = await fetch(`${base}${c.path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    return { status: 0, problems: [`no answer: ${(error as Error).message}`] };
  }
  const { status } = response;
  const text = await response.text();
  const wanted = WANTED[c.expect];
  if (status >= 500) problems.push(`answered ${status}`);
  else if (wanted && !(wanted as readonly number[]).includes(status))
    problems.push(`answered ${status}, expected ${wanted.join(' or ')}`);
  // Next.js itself refuses some malformed paths before any handler runs (400 with an HTML body, or 404).
  const fromHandler = response.headers.get('content-type')?.includes('application/json');
  if (status >= 400 && status < 500 && fromHandler) {
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push('error body is not JSON');
    }
    const error = (body as { error?: unknown } | null)?.error;
    if (typeof error !== 'string' || error.length === 0) problems.push('error body has no "error" message');
    else if (/[<>]/.test(error)) problems.push(`error message echoes markup: ${error.slice(0, 80)}`);
  } else if (c.expect !== 'any' && status >= 400 && status < 500) {
    problems.push(`answered ${status} without a JSON error`);
  }
  if (status === 200) {
    try {
      JSON.parse(text);
    } catch {
      problems.push('200 with a body that is not JSON');
    }
  }
  return { status, problems };
}
