// Writes the one-line-per-file map of generator/ into README.md between its generator-map markers:
// `npx tsx scripts/generator-map.ts` (with --print, prints it instead).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../generator/core/fs-atomic.ts';
import { generatorMap } from '../test/docs/generator-map.ts';

const START = '<!-- generator-map:start -->';
const END = '<!-- generator-map:end -->';
const lines = await generatorMap();
if (process.argv.includes('--print')) {
  process.stdout.write(`${lines.join('\n')}\n`);
} else {
  const readme = join(import.meta.dirname, '..', 'README.md');
  const text = await readFile(readme, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${START} ... ${END} section`);
  await writeFileAtomic(readme, `${text.slice(0, from + START.length)}\n${lines.join('\n')}\n${text.slice(to)}`);
  process.stdout.write(`README.md: ${lines.length} files in the generator map\n`);
}
