/** Nothing has this id (or it is not the kind of thing asked for). */
export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** Someone changed the thing first (or its state forbids the change): `current` is how it stands now. */
export class ConflictError<T = unknown> extends Error {
  constructor(
    message: string,
    readonly current: T,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The input breaks a rule: each problem names the field or file it is about. */
export class ValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems: ${problems.join('; ')}`);
    this.name = 'ValidationError';
  }
}
