/**
 * Which modules generated code may import: React (and Storybook in stories) by name, and relative
 * files that stay inside the output folders. Everything else (node:fs, an npm package, a URL, a
 * Vite `?raw` query) is rejected.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { GateReason } from './types.ts';
import { ASSET_IMPORT } from './check-asset.ts';

const COMPONENT_PACKAGES = new Set(['react', 'react/jsx-runtime', 'react/jsx-dev-runtime']);
const STORY_PACKAGES = new Set([
  ...COMPONENT_PACKAGES,
  '@storybook/react-vite',
  '@storybook/react',
  'storybook/test',
  'storybook/actions',
]);

export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export interface ImportCheck {
  reason?: GateReason;
  /** Absolute path of a relative import (without extension resolution). */
  resolved?: string;
}

export function checkImport(
  specifier: string,
  file: string,
  story: boolean,
  outputDirs: string[],
  line: number,
): ImportCheck {
  if (/[?#!\0\\]/.test(specifier)) {
    return {
      reason: {
        rule: 'import/forbidden',
        message: `import ${JSON.stringify(specifier)} uses a query, loader or escape`,
        line,
      },
    };
  }
  if (/\.(svg|png|jpe?g|gif|webp|avif)$/i.test(specifier) && !ASSET_IMPORT.test(specifier)) {
    return {
      reason: {
        rule: 'import/asset',
        message: `import ${JSON.stringify(specifier)}: assets are imported only from the component's own ./assets/ folder (.svg, .png or .jpg)`,
        line,
      },
    };
  }
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    const resolved = resolve(dirname(file), specifier);
    if (!outputDirs.some((dir) => isInside(dir, resolved))) {
      return {
        reason: {
          rule: 'import/outside',
          message: `import ${JSON.stringify(specifier)} leaves the output folders`,
          line,
        },
      };
    }
    return { resolved };
  }
  const allowed = story ? STORY_PACKAGES : COMPONENT_PACKAGES;
  if (allowed.has(specifier)) return {};
  const what = story ? 'react and Storybook' : 'react';
  return {
    reason: {
      rule: 'import/forbidden',
      message: `import ${JSON.stringify(specifier)} is not allowed (only ${what} and relative files in the output folders)`,
      line,
    },
  };
}
