import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { surfaceVariable } from '../generator/check/surface-token.ts';
import { themeModes } from '../generator/check/theme-modes.ts';

export const TOKENS_MODULE_ID = 'virtual:design-sync/tokens';
const RESOLVED_ID = `\0${TOKENS_MODULE_ID}`;

/**
 * Serves `virtual:design-sync/tokens`: it imports the built token CSS (and the generated fonts.css) when it exists and exports the
 * theme modes found in it (the same list the check stage runs axe in). A virtual module lets Storybook start before the first sync (no CSS yet)
 * and keeps the toolbar in step with the CSS without a second list of modes.
 */
export function designSyncTokensPlugin(cssPath: string, fontsPath?: string): Plugin {
  return {
    name: 'design-sync:tokens',
    resolveId(id) {
      return id === TOKENS_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(cssPath);
      const exists = existsSync(cssPath);
      // The default mode first; it is what `:root` holds, so it needs no attribute.
      const css = exists ? readFileSync(cssPath, 'utf8') : '';
      const modes = exists ? themeModes(css) : ['default'];
      const importCss = exists ? `import ${JSON.stringify(cssPath)};\n` : '';
      // The design's fonts, so stories and the Storybook build draw text as the check page does.
      if (fontsPath) this.addWatchFile(fontsPath);
      const importFonts = fontsPath && existsSync(fontsPath) ? `import ${JSON.stringify(fontsPath)};\n` : '';
      return [
        importFonts,
        importCss,
        `export const themeModes = ${JSON.stringify(modes)};`,
        `export const surfaceVariable = ${JSON.stringify(surfaceVariable(css) ?? null)};`,
        `export const tokensLoaded = ${exists};`,
        '',
      ].join('\n');
    },
  };
}
