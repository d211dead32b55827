import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { projectPaths } from './.storybook/project-paths.ts';
import { storybookProjects } from './.storybook/vitest-projects.ts';
import { DEFAULT_BROWSERS } from './generator/check/browser.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Every story in stories/ runs in real Chromium with the a11y addon, once per theme mode.
      ...storybookProjects({
        configDir,
        tokensCss: projectPaths(root, configDir).tokensCss,
        // The browser the checks use: DESIGN_SYNC_BROWSER, else Debian's headless shell, else its chromium.
        executablePath:
          process.env['DESIGN_SYNC_BROWSER'] ??
          DEFAULT_BROWSERS.find((path) => existsSync(path)) ??
          '/usr/bin/chromium',
      }),
    ],
  },
});
