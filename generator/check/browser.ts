import { accessSync, constants } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserType } from 'playwright-core';
import { inputError } from '../core/errors.ts';

/**
 * Finds and launches the headless Chromium the browser checks run in: DESIGN_SYNC_BROWSER, else
 * Debian's headless shell, else /usr/bin/chromium, else one on PATH.
 */

/**
 * Where Debian installs its browsers, best first. The headless shell (package chromium-headless-shell)
 * is the same Blink and Skia without the browser around them: the same pixels as chromium's headless
 * mode (every committed baseline of the sample is byte-identical in both), started in half the time,
 * and it produces frames for screenshots far sooner.
 */
export const DEFAULT_BROWSERS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
/**
 * Playwright is CommonJS: required, not imported, because an ESM import of it first scans its whole
 * 5 MB bundle for export names (cjs-module-lexer), which is a third of its load time.
 */
const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: BrowserType };

const PATH_NAMES = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

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
 * The Chromium to run: the configured one (config.env.browser, from DESIGN_SYNC_BROWSER), else the
 * first of `installed` that exists (Debian's headless shell, then its chromium), else a Chromium or
 * Chrome on PATH.
 */
export function findBrowser(
  configured: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  installed: readonly string[] = DEFAULT_BROWSERS,
): string {
  if (configured) {
    if (!isExecutable(configured)) {
      throw inputError('check/browser-missing', `browser not found or not executable: ${configured}`, {
        hint: 'Point DESIGN_SYNC_BROWSER at a Chromium or Chrome binary, or unset it to use the installed Chromium.',
      });
    }
    return configured;
  }
  const found = installed.find(isExecutable);
  if (found) return found;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw inputError(
    'check/browser-missing',
    `no Chromium found for the browser checks (looked at ${installed.join(', ')} and PATH)`,
    {
      hint: 'Install it with `apt-get install -y chromium-headless-shell` (or `chromium`), or set DESIGN_SYNC_BROWSER to a Chromium or Chrome binary.',
    },
  );
}

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** e.g. "Chromium 156.0.8078.79" or "Chromium 156.0.8078.79 (headless shell)". */
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
    const shell = /headless[-_]shell/.test(basename(executablePath)) ? ' (headless shell)' : '';
    return { browser, executablePath, version: `Chromium ${browser.version()}${shell}` };
  } catch (error) {
    throw inputError(
      'check/browser-launch',
      `could not start the browser ${executablePath}: ${(error as Error).message.split('\n')[0]}`,
      {
        hint: `Check that it runs (\`${executablePath} --headless --version\`); set DESIGN_SYNC_BROWSER to another binary.`,
        cause: error,
      },
    );
  }
}
