/**
 * Progress a person can read on long runs: a stage's count (`check: stories checked 12/73`). On a
 * terminal one line updates in place (`\r`, erase to the end of the line); elsewhere (CI logs, a
 * pipe) each stage prints one line when it ends. Progress goes to stderr, never to stdout, so
 * `--json` output stays one JSON document.
 */

/** Where progress is written: stderr, or a fake stream in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

/** The count of one stage: `tick` as items finish, `done` once at the end. */
export interface Counter {
  tick(count?: number): void;
  done(): void;
}

export interface Progress {
  /** Starts counting a stage of `total` items, e.g. `count('check: stories checked', 73)`. */
  count(label: string, total: number): Counter;
  /** Writes one whole line, keeping an updating count below it on a terminal. */
  line(text: string): void;
}

/** `\r` and erase-to-end-of-line: the terminal's line is redrawn in place. */
export const REDRAW = '\r\x1b[K';

const PREFIX = '… ';

export function countText(label: string, done: number, total: number): string {
  return `${PREFIX}${label} ${done}/${total}`;
}

export function createProgress(stream: ProgressStream): Progress {
  const tty = stream.isTTY === true;
  // The counter drawn on the terminal's last line, if any.
  let active: { text: string } | undefined;

  return {
    line(text) {
      if (tty && active) stream.write(`${REDRAW}${text}\n${active.text}`);
      else stream.write(`${text}\n`);
    },
    count(label, total) {
      let done = 0;
      let ended = false;
      const state = { text: countText(label, 0, total) };
      if (tty) {
        if (active) stream.write('\n');
        active = state;
        stream.write(`${REDRAW}${state.text}`);
      }
      return {
        tick(count = 1) {
          if (ended) return;
          done = Math.min(total, done + count);
          state.text = countText(label, done, total);
          if (tty && active === state) stream.write(`${REDRAW}${state.text}`);
        },
        done() {
          if (ended) return;
          ended = true;
          if (tty && active === state) {
            // The line already shows the last count: end it.
            stream.write('\n');
            active = undefined;
          } else if (!tty) stream.write(`${state.text}\n`);
        },
      };
    },
  };
}

/** A counter that shows nothing (a silent logger). */
export const SILENT_COUNTER: Counter = { tick: () => undefined, done: () => undefined };
