import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, parseConfig } from '../generator/core/config.ts';

export interface StorybookPaths {
  /** Story globs, absolute. */
  stories: string[];
  /** The built token CSS (may not exist before the first sync). */
  tokensCss: string;
  /** The check stage's report folder (report.json and images; may not exist yet). */
  reportDir: string;
}

/** Where this project's stories, token CSS and report live, from design-sync.config.json (defaults without one). */
export function projectPaths(root: string): StorybookPaths {
  const configPath = join(root, CONFIG_FILE);
  const config = parseConfig(existsSync(configPath) ? readFileSync(configPath, 'utf8') : '{}', configPath);
  return {
    stories: [join(resolve(root, config.output.stories), '**/*.stories.@(ts|tsx)')],
    tokensCss: join(resolve(root, config.output.tokens), 'build', 'tokens.css'),
    reportDir: resolve(root, config.output.report),
  };
}
