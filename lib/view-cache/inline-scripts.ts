import { createHash } from 'node:crypto';

/**
 * The contents of the inline scripts of an HTML document (`<script>` without `src`), as the browser hashes them
 * for a CSP hash source: the exact characters between the tags. JSON data blocks are not scripts and are skipped.
 */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const open = /<script\b([^>]*)>/gi;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const attributes = match[1] ?? '';
    const start = match.index + match[0].length;
    const end = html.indexOf('</script', start);
    if (end < 0) break;
    open.lastIndex = end;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue;
    out.push(html.slice(start, end));
  }
  return out;
}

/** SHA-256 of each distinct inline script, base64, for `'sha256-…'` sources. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map((s) => createHash('sha256').update(s, 'utf8').digest('base64')))];
}
