import { redact } from './redact.ts';

/** Logs and progress go to stderr; stdout is reserved for results (a summary or one JSON document). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** A step of a long operation, e.g. "tokens: building 3 modes". */
  progress(message: string): void;
  readonly verbose: boolean;
}

export type LogLevel = 'silent' | 'normal' | 'verbose';

export function createLogger(level: LogLevel = 'normal', stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (line: string) => stream.write(`${redact(line)}\n`);
  return {
    verbose: level === 'verbose',
    info: (m) => level !== 'silent' && write(m),
    warn: (m) => level !== 'silent' && write(`warning: ${m}`),
    debug: (m) => level === 'verbose' && write(`debug: ${m}`),
    progress: (m) => level !== 'silent' && write(`… ${m}`),
  } as Logger;
}

/** A logger that records lines, for tests and for embedding. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    verbose: true,
    info: (m) => void lines.push(redact(m)),
    warn: (m) => void lines.push(`warning: ${redact(m)}`),
    debug: (m) => void lines.push(`debug: ${redact(m)}`),
    progress: (m) => void lines.push(`… ${redact(m)}`),
  };
}
