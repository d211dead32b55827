import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { REPORT_STATIC_PATH } from '../addon/constants.ts';
import type { StorybookPaths } from './project-paths.ts';
import { designSyncTokensPlugin } from './tokens-plugin.ts';

const addonPreset = fileURLToPath(new URL('../addon/preset.ts', import.meta.url));

/**
 * The Storybook configuration for a set of paths. `.storybook/main.ts` calls it with the project's
 * paths; tests call it with a fixture's, so both run the same configuration.
 */
export function createMainConfig(paths: StorybookPaths): StorybookConfig {
  return {
    framework: { name: '@storybook/react-vite', options: {} },
    stories: paths.stories,
    addons: [
      '@storybook/addon-docs',
      '@storybook/addon-a11y',
      '@storybook/addon-vitest',
      { name: addonPreset, options: { reportDir: paths.reportDir } },
    ],
    // The report folder (report.json, Figma renders, screenshots, diffs) is served beside the
    // manager so the design-sync panel reads it in `storybook dev` and in the static build alike.
    staticDirs: existsSync(paths.reportDir) ? [{ from: paths.reportDir, to: REPORT_STATIC_PATH }] : [],
    core: { disableTelemetry: true, disableWhatsNewNotifications: true },
    viteFinal(config) {
      config.plugins = [...(config.plugins ?? []), designSyncTokensPlugin(paths.tokensCss, paths.fontsCss)];
      return config;
    },
  };
}
