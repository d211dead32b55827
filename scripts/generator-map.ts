// Prints the one-line-per-file map of generator/ for the README: `npx tsx scripts/generator-map.ts`.
import { generatorMap } from '../test/docs/generator-map.ts';

process.stdout.write(`${(await generatorMap()).join('\n')}\n`);
