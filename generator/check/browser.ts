import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inputError } from '../core/errors.ts';

/**
 * Finds and launches the headless Chromium the browser checks run in: DESIGN_SYNC_BROWSER, else
 * /usr/bin/chromium, else one on PATH.
 */

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags that keep a headless check run quiet and repeatable: no GPU, no updates, no network chatter. */
const ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to run: the configured one (config.env.browser, from DESIGN_SYNC_BROWSER), else
 * Debian's /usr/bin/chromium, else a Chromium or Chrome on PATH.
 */
export function findBrowser(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (configured) {
    if (!isExecutable(configured)) {
      throw inputError('check/browser-missing', `browser not found or not executable: ${configured}`, {
        hint: 'Point DESIGN_SYNC_BROWSER at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.',
      });
    }
    return configured;
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw inputError(
    'check/browser-missing',
    'no Chromium found for the browser checks (looked at /usr/bin/chromium and PATH)',
    {
      hint: 'Install it with `apt-get install -y chromium`, or set DESIGN_SYNC_BROWSER to a Chromium or Chrome binary.',
    },
  );
}

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** e.g. "Chromium 156.0.8078.79". */
  version: string;
}

/** Launches headless Chromium; as root Chromium refuses to start without --no-sandbox. */
export async function launchBrowser(configured: string | undefined): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(configured);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...ARGS, ...(isRoot ? ['--no-sandbox'] : [])],
    });
    return { browser, executablePath, version: `Chromium ${browser.version()}` };
  } catch (error) {
    throw inputError(
      'check/browser-launch',
      `could not start the browser ${executablePath}: ${(error as Error).message.split('\n')[0]}`,
      {
        hint: 'Check that it runs (`chromium --headless --version`); set DESIGN_SYNC_BROWSER to another binary.',
        cause: error,
      },
    );
  }
}
