import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/**
 * Makes a bench project a Storybook project using design-sync's own Storybook setup (`.storybook/` of
 * this repository): the same main config, preview and Vitest browser projects, pointed at the bench
 * project's stories and token CSS. Imports are relative so Vite resolves them like the repository's.
 */
export async function writeStorybookSetup(projectDir: string, browser: string): Promise<void> {
  const configDir = join(projectDir, '.storybook');
  await mkdir(configDir, { recursive: true });
  const fromConfig = (path: string) => relative(configDir, join(REPO, path)).split('\\').join('/');
  const fromRoot = (path: string) => `./${relative(projectDir, join(REPO, path)).split('\\').join('/')}`;
  await writeFile(
    join(configDir, 'main.ts'),
    [
      `import { fileURLToPath } from 'node:url';`,
      `import { createMainConfig } from '${fromConfig('.storybook/main-config.ts')}';`,
      `import { projectPaths } from '${fromConfig('.storybook/project-paths.ts')}';`,
      ``,
      `const configDir = fileURLToPath(new URL('.', import.meta.url));`,
      `export default createMainConfig(projectPaths(fileURLToPath(new URL('..', import.meta.url)), configDir));`,
      ``,
    ].join('\n'),
  );
  await writeFile(join(configDir, 'preview.tsx'), `export { default } from '${fromConfig('.storybook/preview.tsx')}';\n`);
  await writeFile(
    join(projectDir, 'vitest.config.ts'),
    [
      `import { fileURLToPath } from 'node:url';`,
      `import { defineConfig } from 'vitest/config';`,
      `import { projectPaths } from '${fromRoot('.storybook/project-paths.ts')}';`,
      `import { storybookProjects } from '${fromRoot('.storybook/vitest-projects.ts')}';`,
      ``,
      `const root = fileURLToPath(new URL('.', import.meta.url));`,
      `const configDir = fileURLToPath(new URL('.storybook', import.meta.url));`,
      `export default defineConfig({`,
      `  test: { projects: storybookProjects({ configDir, tokensCss: projectPaths(root, configDir).tokensCss, executablePath: ${JSON.stringify(browser)} }) },`,
      `});`,
      ``,
    ].join('\n'),
  );
}
