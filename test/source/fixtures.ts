import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a committed Figma fixture. */
export const figmaFixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/figma/${name}`, import.meta.url));

/** A fresh parsed copy of a committed Figma fixture (parsing normalises in place). */
export const loadFixture = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(readFileSync(figmaFixture(name), 'utf8').replace(/^\uFEFF/, '')) as T;
