import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../generator/check/browser.ts';
import { DesignSyncError } from '../../generator/core/errors.ts';

describe('findBrowser', () => {
  let dir: string;
  const executable = async (name: string) => {
    const path = join(dir, name);
    await writeFile(path, '#!/bin/sh\n');
    await chmod(path, 0o755);
    return path;
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'find-browser-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('uses the configured browser when it is executable', () => {
    expect(findBrowser(process.execPath)).toBe(process.execPath);
  });

  it('rejects a configured browser that does not exist, with a hint naming DESIGN_SYNC_BROWSER', () => {
    try {
      findBrowser('/nonexistent/chromium');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DesignSyncError);
      expect((error as DesignSyncError).code).toBe('check/browser-missing');
      expect((error as DesignSyncError).hint).toContain('DESIGN_SYNC_BROWSER');
    }
  });

  it('prefers the first installed browser that exists (the headless shell before chromium)', async () => {
    const shell = await executable('chromium-headless-shell');
    const chromium = await executable('chromium');
    expect(findBrowser(undefined, { PATH: '' }, [shell, chromium])).toBe(shell);
    expect(findBrowser(undefined, { PATH: '' }, [join(dir, 'absent'), chromium])).toBe(chromium);
  });

  it('falls back to PATH, the headless shell first, and names where it looked when there is none', async () => {
    const bin = join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'google-chrome'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findBrowser(undefined, { PATH: bin }, [])).toBe(join(bin, 'google-chrome'));
    await writeFile(join(bin, 'chromium-headless-shell'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findBrowser(undefined, { PATH: bin }, [])).toBe(join(bin, 'chromium-headless-shell'));
    expect(() => findBrowser(undefined, { PATH: join(dir, 'empty') }, ['/nonexistent/shell'])).toThrow(
      /looked at \/nonexistent\/shell and PATH/,
    );
  });
});
