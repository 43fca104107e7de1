import type { z } from 'zod';

/** The first few zod issues as "features.3.properties.iso3: expected …", short enough for a 503 body. */
export function summarizeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues
    .slice(0, max)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const more = error.issues.length - max;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
