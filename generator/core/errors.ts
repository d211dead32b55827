import {
  errorKind,
  exitCodeOf,
  type ErrorCode,
  type ErrorCodeOf,
  type ErrorKind,
  type ExitCode,
} from './error-codes.ts';

/**
 * One error type for everything a user can act on. The CLI entry is the only place that
 * formats these and turns them into exit codes (from the table in error-codes.ts).
 */

export interface DesignSyncErrorOptions {
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

export class DesignSyncError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: DesignSyncErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DesignSyncError';
    this.kind = errorKind(code);
    this.code = code;
    this.hint = options.hint;
  }

  get exitCode(): ExitCode {
    return exitCodeOf(this.code);
  }
}

export const usageError = (code: ErrorCodeOf<'usage'>, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError(code, message, options);
export const configError = (code: ErrorCodeOf<'config'>, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError(code, message, options);
export const inputError = (code: ErrorCodeOf<'input'>, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError(code, message, options);
export const upstreamError = (code: ErrorCodeOf<'upstream'>, message: string, options?: DesignSyncErrorOptions) =>
  new DesignSyncError(code, message, options);

export function isDesignSyncError(value: unknown): value is DesignSyncError {
  return value instanceof DesignSyncError;
}
