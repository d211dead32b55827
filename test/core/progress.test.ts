import { describe, expect, it } from 'vitest';
import { createLogger } from '../../generator/core/logger.ts';
import { createProgress, REDRAW, type ProgressStream } from '../../generator/core/progress.ts';

/** A stream that records every write, as a terminal (isTTY) or a CI log would receive them. */
function fakeStream(isTTY: boolean): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

describe('progress on a terminal', () => {
  it('redraws one line in place per item and ends it with a newline', () => {
    const stream = fakeStream(true);
    const counter = createProgress(stream).count('check: stories checked', 3);
    counter.tick();
    counter.tick();
    counter.tick();
    counter.done();
    expect(stream.text()).toBe(
      `${REDRAW}… check: stories checked 0/3` +
        `${REDRAW}… check: stories checked 1/3` +
        `${REDRAW}… check: stories checked 2/3` +
        `${REDRAW}… check: stories checked 3/3\n`,
    );
  });

  it('writes a log line above the count and redraws the count below it', () => {
    const stream = fakeStream(true);
    const logger = createLogger('normal', stream);
    const counter = logger.count('pull: renders downloaded', 2);
    counter.tick();
    logger.warn('pull: render of 1:2 was empty');
    counter.tick();
    counter.done();
    logger.info('pull: done');
    expect(stream.text().split(REDRAW)).toEqual([
      '',
      '… pull: renders downloaded 0/2',
      '… pull: renders downloaded 1/2',
      'warning: pull: render of 1:2 was empty\n… pull: renders downloaded 1/2',
      '… pull: renders downloaded 2/2\npull: done\n',
    ]);
  });

  it('never counts past the total, and a second done writes nothing', () => {
    const stream = fakeStream(true);
    const counter = createProgress(stream).count('generate: components generated', 1);
    counter.tick(5);
    counter.done();
    counter.done();
    counter.tick();
    expect(stream.text()).toBe(
      `${REDRAW}… generate: components generated 0/1${REDRAW}… generate: components generated 1/1\n`,
    );
  });
});

describe('progress in a CI log (not a terminal)', () => {
  it('prints one line per stage when it ends, with its count, and no carriage returns', () => {
    const stream = fakeStream(false);
    const logger = createLogger('normal', stream);
    const generate = logger.count('generate: components generated', 19);
    for (let i = 0; i < 19; i++) generate.tick();
    generate.done();
    logger.progress('check: 4 components');
    const check = logger.count('check: stories checked', 73);
    for (let i = 0; i < 70; i++) check.tick();
    check.done();
    expect(stream.text()).toBe(
      '… generate: components generated 19/19\n… check: 4 components\n… check: stories checked 70/73\n',
    );
    expect(stream.text()).not.toContain('\r');
  });

  it('prints nothing at all when the logger is silent', () => {
    const stream = fakeStream(true);
    const counter = createLogger('silent', stream).count('check: stories checked', 2);
    counter.tick();
    counter.done();
    expect(stream.text()).toBe('');
  });

  it('redacts secrets from the label', () => {
    const stream = fakeStream(false);
    const counter = createLogger('normal', stream).count('pull: figd_abcdefghijklmnopqrstuvwxyz012345', 1);
    counter.done();
    expect(stream.text()).not.toContain('figd_abcdefghijklmnopqrstuvwxyz012345');
  });
});
