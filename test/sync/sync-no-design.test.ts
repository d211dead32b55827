import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { writeManifest, type Manifest, type ManifestFile } from '../../generator/handoff/manifest.ts';
import { checkStep } from '../../generator/sync/sync-check.ts';
import { generateStep, NO_DESIGN, planStep } from '../../generator/sync/sync-steps.ts';
import { configFor, tempRoot } from '../tokens/helpers.ts';

const generator = { kind: 'deterministic', version: '0.1.0', settings: 'cfg' };
const file = (component: string): ManifestFile => ({
  sha256: '0'.repeat(64),
  producer: 'generate/deterministic',
  component,
  nodeIds: ['1:1'],
  sourceHash: 'src',
  tokensHash: 'tok1',
  generator,
});

describe('a sync without a design (tokens from files only)', () => {
  it('keeps every component of the last sync: nothing is regenerated or proposed for removal', async () => {
    const config = configFor(await tempRoot(), { sources: ['files'] });
    const manifest: Manifest = {
      version: 1,
      files: {
        'src/Button/Button.tsx': file('Button'),
        'stories/Button.stories.tsx': file('Button'),
        'src/Card/Card.tsx': file('Card'),
      },
    };
    await writeManifest(config.paths.manifest, manifest);
    const logger = createMemoryLogger();
    const plan = await planStep.run({ design: undefined, tokensHash: 'tok2', config, logger });
    expect(plan.plans).toEqual([]);
    expect(plan.incremental).toEqual({
      added: [],
      changed: [],
      unchanged: ['Button', 'Card'],
      removed: [],
      reasons: {},
    });
    expect(Object.keys(plan.manifest.files)).toHaveLength(3);

    const generateInput = { design: undefined, config, logger, ...plan, tokens: undefined as never };
    expect('skip' in generateStep && generateStep.skip(generateInput)).toBe(NO_DESIGN);
    const flags = { dryRun: false, skipCheck: false, noPr: true };
    const checkInput = { design: undefined, config, logger, flags, noop: false } as never;
    expect('skip' in checkStep && checkStep.skip(checkInput)).toBe(NO_DESIGN);
  });
});
