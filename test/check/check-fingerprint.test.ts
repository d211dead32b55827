import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  componentFingerprints,
  tokenValues,
  usedTokens,
  type FingerprintInputs,
} from '../../generator/check/check-fingerprint.ts';
import type { DiscoveredComponent } from '../../generator/check/discover-components.ts';

const CSS = [
  ':root {',
  '  --color-amber-100: #fef3c7;',
  '  --color-warning-subtle: var(--color-amber-100);',
  '  --color-brand: #2563eb;',
  '  --spacing-2: 8px;',
  '}',
  '[data-theme="dark"] {',
  '  --color-warning-subtle: var(--color-amber-900);',
  '  --color-amber-900: #78350f;',
  '}',
].join('\n');

describe('tokenValues and usedTokens', () => {
  it('reads every mode value of a custom property, in order', () => {
    expect(tokenValues(CSS).get('--color-warning-subtle')).toEqual([
      'var(--color-amber-100)',
      'var(--color-amber-900)',
    ]);
  });

  it('follows aliases in every mode to the primitives a style depends on', () => {
    const text = '.root { background: var(--color-warning-subtle); gap: var( --spacing-2 ); }';
    expect(usedTokens(text, tokenValues(CSS))).toEqual([
      '--color-amber-100',
      '--color-amber-900',
      '--color-warning-subtle',
      '--spacing-2',
    ]);
  });
});

describe('componentFingerprints', () => {
  let root: string;
  const components: DiscoveredComponent[] = [];
  const inputs = (over: Partial<FingerprintInputs> = {}): FingerprintInputs => ({
    root,
    tokensCss: CSS,
    fonts: [],
    settings: { modes: ['light', 'dark'] },
    node: (id) => ({ id, width: 10 }),
    renderPath: () => undefined,
    ...over,
  });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ds-fingerprint-'));
    const write = async (path: string, text: string) => {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
      return join(root, path);
    };
    const badge = [
      await write('src/Badge/Badge.tsx', "import styles from './Badge.module.css';\n"),
      await write('src/Badge/Badge.module.css', '.root { background: var(--color-warning-subtle); }\n'),
      await write(
        'stories/Badge.stories.tsx',
        "export const Default = { parameters: { designSync: { nodeId: '16:4' } } };\n",
      ),
    ];
    const icon = [await write('src/Icon/Icon.tsx', 'export const Icon = () => null;\n')];
    const button = [
      await write('src/Button/Button.tsx', "import { Icon } from '../Icon/Icon.tsx';\n"),
      await write('src/Button/Button.module.css', '.root { color: var(--color-brand); }\n'),
    ];
    for (const [name, files] of [
      ['Badge', badge],
      ['Button', button],
      ['Icon', icon],
    ] as const)
      components.push({ name, files: [...files], storiesFile: undefined, generator: { kind: 'deterministic' } });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is stable for the same inputs', async () => {
    expect(await componentFingerprints(components, inputs())).toEqual(
      await componentFingerprints(components, inputs()),
    );
  });

  it('changes only for the components that use a changed token, through its alias', async () => {
    const before = await componentFingerprints(components, inputs());
    const after = await componentFingerprints(components, inputs({ tokensCss: CSS.replace('#78350f', '#7c2d12') }));
    expect(after.get('Badge')).not.toBe(before.get('Badge'));
    expect(after.get('Button')).toBe(before.get('Button'));
    expect(after.get('Icon')).toBe(before.get('Icon'));
  });

  it('changes for a component when a component it imports changes, and for all when settings change', async () => {
    const before = await componentFingerprints(components, inputs());
    await writeFile(join(root, 'src/Icon/Icon.tsx'), 'export const Icon = () => <svg />;\n');
    const after = await componentFingerprints(components, inputs());
    expect(after.get('Button')).not.toBe(before.get('Button'));
    expect(after.get('Icon')).not.toBe(before.get('Icon'));
    expect(after.get('Badge')).toBe(before.get('Badge'));
    const settings = await componentFingerprints(components, inputs({ settings: { modes: ['light'] } }));
    for (const name of ['Badge', 'Button', 'Icon']) expect(settings.get(name)).not.toBe(after.get(name));
  });

  it("changes when the Figma node a component's story points at changes", async () => {
    const before = await componentFingerprints(components, inputs());
    const after = await componentFingerprints(components, inputs({ node: (id) => ({ id, width: 12 }) }));
    expect(after.get('Badge')).not.toBe(before.get('Badge'));
    expect(after.get('Button')).toBe(before.get('Button'));
  });
});
