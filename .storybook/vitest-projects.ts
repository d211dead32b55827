import { existsSync, readFileSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { themeModes } from '../generator/check/theme-modes.ts';

export interface StorybookProjectsOptions {
  /** The Storybook config folder. */
  configDir: string;
  /** The built token CSS, whose modes each get a project. */
  tokensCss: string;
  /** Chromium to run (Playwright's own browser download does not work here). */
  executablePath: string;
}

/**
 * One Vitest browser project per theme mode of the token CSS: every story renders in real Chromium
 * with the a11y addon (`a11y.test = 'error'`) once per mode, so a contrast failure in one mode fails `npm test`.
 */
export function storybookProjects(options: StorybookProjectsOptions): TestProjectInlineConfiguration[] {
  const modes = existsSync(options.tokensCss) ? themeModes(readFileSync(options.tokensCss, 'utf8')) : ['default'];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return modes.map((mode, index) => ({
    plugins: [storybookTest({ configDir: options.configDir, initialGlobals: { theme: mode } })],
    test: {
      name: index === 0 ? 'storybook' : `storybook:${mode}`,
      // Story files share one page: isolating each costs a fresh browser context and doubles the run.
      isolate: false,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: { executablePath: options.executablePath, args: isRoot ? ['--no-sandbox'] : [] },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  }));
}
