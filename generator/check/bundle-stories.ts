import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Message } from 'esbuild';
import { inputError } from '../core/errors.ts';
import { PACKAGE_ROOT } from '../core/package-root.ts';

/**
 * Bundles the stories, their components, CSS modules and the token CSS with esbuild into one script
 * and one stylesheet in memory. The check pages load it without a dev server.
 */

export interface StoryFile {
  /** The component the stories belong to (the file's base name). */
  component: string;
  /** Absolute path. */
  path: string;
}

/** The token CSS: the built file on disk, or its text when it has not been written. */
export type TokenCss = { path: string } | { css: string };

export interface StoryBundle {
  js: string;
  css: string;
  /** Bytes of JS + CSS, for the log. */
  bytes: number;
}

/** The page runtime, a source file esbuild bundles for the browser (also when the CLI runs from dist/). */
const RUNTIME = join(PACKAGE_ROOT, 'generator', 'check', 'page', 'runtime.ts');
/** design-sync's own node_modules: the fallback for react when a project has not installed it yet. */
const OWN_NODE_MODULES = join(dirname(createRequire(import.meta.url).resolve('react/package.json')), '..');

function formatMessage(message: Message): string {
  const where = message.location
    ? `${message.location.file}:${message.location.line}:${message.location.column}: `
    : '';
  return `${where}${message.text}`;
}

/** The entry module: the runtime, the token CSS and every stories file, registered by component name. */
export function bundleEntry(
  stories: StoryFile[],
  tokensCss: string | undefined,
  fonts: readonly string[] = [],
): string {
  const lines = [`import { installRuntime } from ${JSON.stringify(RUNTIME)};`];
  // Font stylesheets first, so their @font-face rules exist before anything uses the family.
  for (const font of fonts) lines.push(`import ${JSON.stringify(font)};`);
  if (tokensCss) lines.push(`import ${JSON.stringify(tokensCss)};`);
  stories.forEach((story, i) => lines.push(`import * as s${i} from ${JSON.stringify(story.path)};`));
  lines.push(
    `installRuntime({ ${stories.map((story, i) => `${JSON.stringify(story.component)}: s${i}`).join(', ')} });`,
  );
  return lines.join('\n');
}

/**
 * Bundles the stories, the components they import, CSS modules and the token CSS ONCE into one
 * script and one stylesheet, which the check pages load from memory (no dev server).
 */
export async function bundleStories(
  root: string,
  stories: StoryFile[],
  tokens: TokenCss | undefined,
  fonts: readonly string[] = [],
): Promise<StoryBundle> {
  const tokensCss = tokens && 'path' in tokens ? tokens.path : undefined;
  const result = await build({
    stdin: {
      contents: bundleEntry(stories, tokensCss, fonts),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'design-sync-check-entry.ts',
    },
    absWorkingDir: root,
    bundle: true,
    write: false,
    outdir: join(root, '.design-sync-check'),
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: false,
    nodePaths: [OWN_NODE_MODULES],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: {
      '.module.css': 'local-css',
      '.png': 'dataurl',
      '.jpg': 'dataurl',
      '.jpeg': 'dataurl',
      '.gif': 'dataurl',
      '.webp': 'dataurl',
      '.svg': 'dataurl',
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
    },
    logLevel: 'silent',
  }).catch((error: { errors?: Message[] }) => {
    const first = error.errors?.[0];
    throw inputError('check/bundle', `could not bundle the stories: ${first ? formatMessage(first) : String(error)}`, {
      hint: 'Fix the import or syntax error in that file (run `design-sync check` again after `design-sync generate`).',
      cause: error,
    });
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const bundled = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  // Token CSS given as text (built but not written yet) goes first, as an import would.
  const css = tokens && 'css' in tokens ? `${tokens.css}\n${bundled}` : bundled;
  return { js, css, bytes: js.length + css.length };
}
