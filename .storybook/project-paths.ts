import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONFIG_FILE, parseConfig } from '../generator/core/load-config.ts';
import { toPosix } from '../generator/core/posix-path.ts';

export interface StorybookPaths {
  /** Story globs relative to the Storybook config folder (the Vitest plugin only resolves relative globs). */
  stories: string[];
  /** The built token CSS (may not exist before the first sync). */
  tokensCss: string;
  /** The generated fonts stylesheet (exists when the design's fonts can be loaded). */
  fontsCss: string;
  /** The check stage's report folder (report.json and images; may not exist yet). */
  reportDir: string;
}

/** Where this project's stories, token CSS and report live, from design-sync.config.json (defaults without one). */
export function projectPaths(root: string, configDir: string): StorybookPaths {
  const configPath = join(root, CONFIG_FILE);
  const config = parseConfig(existsSync(configPath) ? readFileSync(configPath, 'utf8') : '{}', configPath);
  return {
    stories: [`${toPosix(relative(configDir, resolve(root, config.output.stories)))}/**/*.stories.@(ts|tsx)`],
    tokensCss: join(resolve(root, config.output.tokens), 'build', 'tokens.css'),
    fontsCss: join(resolve(root, config.output.components), 'fonts.css'),
    reportDir: resolve(root, config.output.report),
  };
}
