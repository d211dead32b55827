/** Loads the hand-written generate kit fixture and a token index that knows its variables. */
import { readDesign } from '../../generator/source/load-design.ts';
import { configSchema } from '../../generator/core/config-schema.ts';
import type { Design } from '../../generator/source/design.ts';
import { fixtureTokenIndex } from './token-index-fixture.ts';

export const KIT = new URL('../fixtures/generate/generate-kit.file.json', import.meta.url).pathname;

export const kitIndex = () =>
  fixtureTokenIndex({
    colors: {
      'color.bg.brand': '#3366ff',
      'color.text.on-brand': '#ffffff',
      'color.bg.surface': '#ffffff',
      'color.neutral.900': '#1a1a1a',
    },
    dimensions: {
      'spacing.2': 8,
      'spacing.3': 12,
      'spacing.4': 16,
      'radius.md': 8,
      'radius.lg': 12,
      'font.size.md': 16,
    },
    variables: {
      'VariableID:1:1': 'color.bg.brand',
      'VariableID:1:2': 'color.text.on-brand',
      'VariableID:1:3': 'color.bg.surface',
      'VariableID:2:1': 'radius.md',
    },
    values: { 'font.family.sans': { type: 'fontFamily', value: 'Inter' } },
  });

export const defaultOptions = () => configSchema.parse({});

export async function kit(): Promise<Design> {
  return readDesign(KIT);
}
