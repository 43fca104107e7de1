export type DataProblem = 'missing' | 'unreadable' | 'corrupt' | 'invalid';

/** The data on disk cannot be served right now; the API answers 503 and the UI offers a retry. */
export class DataUnavailableError extends Error {
  constructor(
    readonly resource: string,
    readonly problem: DataProblem,
    detail: string,
  ) {
    super(`${resource} ${problem === 'missing' ? 'is missing' : `is ${problem}`}: ${detail}`);
    this.name = 'DataUnavailableError';
  }
}

export function fsProblem(error: unknown): DataProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
}
