import { join } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { cssVariables } from './formats/css-variables.ts';

/** Where the built token CSS lives: the css-variables format's destination under the tokens folder. */
export function tokensCssPath(config: ResolvedConfig): string {
  return join(config.paths.tokens, cssVariables.destination);
}
