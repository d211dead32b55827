import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `PACKAGE_ROOT`: design-sync's own install (its package.json and node_modules), wherever it runs from. */

/** design-sync's own install, whose node_modules hold react and its types. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
