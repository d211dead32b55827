/**
 * culori, from its one-file CommonJS build: its ES build is 151 modules, which every start of the
 * CLI would resolve and read (a no-op sync loads colour math through the token index). The same
 * version and functions; import colour math from here, not from 'culori'.
 */
import { createRequire } from 'node:module';
import type * as CuloriModule from 'culori';

type Culori = typeof CuloriModule;

const culori = createRequire(import.meta.url)('culori') as Culori;

export const { blend, converter, differenceCiede2000, formatHex, parse, rgb } = culori;
export type { Color, Lab65, Rgb } from 'culori';
