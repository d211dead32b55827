/**
 * One error type for everything a user can act on. The CLI entry is the only place that
 * formats these and turns them into exit codes.
 */
export const EXIT = {
  ok: 0,
  checksFailed: 1,
  input: 2,
  upstream: 3,
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const ERROR_KIND = {
  usage: EXIT.input,
  config: EXIT.input,
  input: EXIT.input,
  upstream: EXIT.upstream,
  checks: EXIT.checksFailed,
  locked: EXIT.input,
} as const;
export type ErrorKind = keyof typeof ERROR_KIND;

export interface DesignSyncErrorOptions {
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

export class DesignSyncError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, code: string, message: string, options: DesignSyncErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DesignSyncError';
    this.kind = kind;
    this.code = code;
    this.hint = options.hint;
  }

  get exitCode(): ExitCode {
    return ERROR_KIND[this.kind];
  }
}

export const usageError = (code: string, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError('usage', code, message, options);
export const configError = (code: string, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError('config', code, message, options);
export const inputError = (code: string, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError('input', code, message, options);
export const upstreamError = (code: string, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError('upstream', code, message, options);

export function isDesignSyncError(value: unknown): value is DesignSyncError {
  return value instanceof DesignSyncError;
}
