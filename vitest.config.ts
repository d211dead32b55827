import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { projectPaths } from './.storybook/project-paths.ts';
import { storybookProjects } from './.storybook/vitest-projects.ts';

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
        executablePath: process.env['DESIGN_SYNC_BROWSER'] ?? '/usr/bin/chromium',
      }),
    ],
  },
});
