/** What to show of an unknown thrown value: its message when it has one. */
export function errorMessage(error: unknown): string | undefined {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : undefined;
}
