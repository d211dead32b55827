import { join } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';

/**
 * The built token CSS under the tokens folder (the css-variables format writes it). Its own module,
 * so the check and the sync find the file without loading the format, which loads Style Dictionary.
 */
export const TOKENS_CSS = 'build/tokens.css';

/** Where the built token CSS lives: tokens/build/tokens.css under the configured tokens folder. */
export function tokensCssPath(config: ResolvedConfig): string {
  return join(config.paths.tokens, TOKENS_CSS);
}
