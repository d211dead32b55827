import { redact } from './redact.ts';
import { countText, createProgress, SILENT_COUNTER, type Counter, type ProgressStream } from './progress.ts';

/** Logs and progress go to stderr; stdout is reserved for results (a summary or one JSON document). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** A step of a long operation, e.g. "tokens: building 3 modes". */
  progress(message: string): void;
  /** Counts a stage's items, e.g. `count('check: stories checked', 73)` (see core/progress.ts). */
  count(label: string, total: number): Counter;
  readonly verbose: boolean;
}

export type LogLevel = 'silent' | 'normal' | 'verbose';

export function createLogger(level: LogLevel = 'normal', stream: ProgressStream = process.stderr): Logger {
  const progress = createProgress(stream);
  const write = (line: string) => progress.line(redact(line));
  return {
    verbose: level === 'verbose',
    info: (m) => level !== 'silent' && write(m),
    warn: (m) => level !== 'silent' && write(`warning: ${m}`),
    debug: (m) => level === 'verbose' && write(`debug: ${m}`),
    progress: (m) => level !== 'silent' && write(`… ${m}`),
    count: (label, total) => (level === 'silent' ? SILENT_COUNTER : progress.count(redact(label), total)),
  } as Logger;
}

/** A logger that records lines, for tests and for embedding; a count is one line when its stage ends. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    verbose: true,
    info: (m) => void lines.push(redact(m)),
    warn: (m) => void lines.push(`warning: ${redact(m)}`),
    debug: (m) => void lines.push(`debug: ${redact(m)}`),
    progress: (m) => void lines.push(`… ${redact(m)}`),
    count: (label, total) => {
      let done = 0;
      let ended = false;
      return {
        tick: (n = 1) => void (done = Math.min(total, done + n)),
        done: () => {
          if (!ended) lines.push(countText(redact(label), done, total));
          ended = true;
        },
      };
    },
  };
}
