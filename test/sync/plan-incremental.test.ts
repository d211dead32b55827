import { describe, expect, it } from 'vitest';
import { planIncremental } from '../../generator/sync/plan-incremental.ts';
import type { Manifest, ManifestFile } from '../../generator/handoff/manifest.ts';

const generator = { kind: 'deterministic', version: '0.1.0', settings: 'cfg' };
const file = (component: string, sourceHash: string, extra: Partial<ManifestFile> = {}): ManifestFile => ({
  sha256: '0'.repeat(64),
  producer: 'generate/deterministic',
  component,
  nodeIds: ['1:1'],
  sourceHash,
  tokensHash: 'tok1',
  generator,
  ...extra,
});
const manifest: Manifest = {
  version: 1,
  files: {
    'src/Button/Button.tsx': file('Button', 'b1'),
    'stories/Button.stories.tsx': file('Button', 'b1'),
    'src/Card/Card.tsx': file('Card', 'c1'),
    'src/Old/Old.tsx': file('Old', 'o1'),
    'tokens/color.tokens.json': {
      sha256: '1'.repeat(64),
      producer: 'tokens',
      nodeIds: [],
      tokensHash: 'tok1',
      generator,
    },
  },
};

describe('planIncremental', () => {
  it('skips components whose source, tokens and generator are unchanged', () => {
    const plan = planIncremental(
      manifest,
      [
        { name: 'Button', nodeIds: ['1:1'], sourceHash: 'b1' },
        { name: 'Card', nodeIds: ['2:1'], sourceHash: 'c2' },
        { name: 'Badge', nodeIds: ['3:1'], sourceHash: 'x' },
      ],
      { tokensHash: 'tok1', generator: { settings: 'cfg', version: '0.1.0', kind: 'deterministic' } },
    );
    expect(plan.unchanged).toEqual(['Button']);
    expect(plan.changed).toEqual(['Card']);
    expect(plan.added).toEqual(['Badge']);
    expect(plan.removed).toEqual(['Old']);
    expect(plan.reasons).toEqual({ Card: 'design changed', Badge: 'new component' });
  });

  it('regenerates every component when the tokens or the generator change', () => {
    const components = [{ name: 'Button', nodeIds: ['1:1'], sourceHash: 'b1' }];
    expect(planIncremental(manifest, components, { tokensHash: 'tok2', generator }).reasons).toEqual({
      Button: 'tokens changed',
    });
    const newer = planIncremental(manifest, components, {
      tokensHash: 'tok1',
      generator: { ...generator, version: '0.2.0' },
    });
    expect(newer.reasons).toEqual({ Button: 'generator changed' });
    const model = planIncremental(manifest, components, {
      tokensHash: 'tok1',
      generator: { ...generator, model: 'gpt' },
    });
    expect(model.changed).toEqual(['Button']);
  });

  it('treats everything as added on the first sync and never throws on empty input', () => {
    const empty: Manifest = { version: 1, files: {} };
    expect(planIncremental(empty, [], { tokensHash: '', generator })).toEqual({
      added: [],
      changed: [],
      unchanged: [],
      removed: [],
      reasons: {},
    });
    expect(
      planIncremental(empty, [{ name: 'A', nodeIds: [], sourceHash: 'a' }], { tokensHash: '', generator }).added,
    ).toEqual(['A']);
  });

  it('does not regenerate a component whose conflicting generation is pending for the same inputs', () => {
    const pending: Manifest = {
      version: 1,
      files: {
        'src/Card/Card.tsx': file('Card', 'c1', {
          pending: { sha256: '2'.repeat(64), sourceHash: 'c2', tokensHash: 'tok1', generator },
        }),
      },
    };
    const inputs = { tokensHash: 'tok1', generator };
    expect(planIncremental(pending, [{ name: 'Card', nodeIds: ['2:1'], sourceHash: 'c2' }], inputs).unchanged).toEqual([
      'Card',
    ]);
    expect(planIncremental(pending, [{ name: 'Card', nodeIds: ['2:1'], sourceHash: 'c3' }], inputs).changed).toEqual([
      'Card',
    ]);
  });
});
