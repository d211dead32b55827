import { describe, expect, it } from 'vitest';
import { commitMessage } from '../../generator/handoff/commit-message.ts';
import { pullRequestTitle, type HandoffSummary } from '../../generator/handoff/handoff-summary.ts';

const summary: HandoffSummary = {
  design: { name: 'Sample Kit', fileKey: 'KIT', version: '12' },
  components: { added: ['Badge'], changed: ['Button', 'Card'], unchanged: ['Avatar'], removed: ['Tag'] },
  tokens: { added: ['color.accent'], changed: ['color.bg.brand'], removed: [] },
  changes: [
    { path: 'src/Badge/Badge.tsx', kind: 'create', producer: 'generate/deterministic', component: 'Badge' },
    {
      path: 'src/Button/Button.tsx',
      kind: 'merged',
      producer: 'generate/deterministic',
      component: 'Button',
      stewardEdited: true,
      note: 'steward edit merged with the design change',
    },
    {
      path: 'src/Card/Card.tsx',
      kind: 'conflict',
      producer: 'generate/deterministic',
      component: 'Card',
      stewardEdited: true,
      proposal: '.design-sync/conflicts/src/Card/Card.tsx',
      note: '1 conflicting hunk',
    },
    { path: 'src/Tag/Tag.tsx', kind: 'remove-proposed', producer: 'generate/deterministic', component: 'Tag' },
  ],
};

describe('pull request text', () => {
  it('titles the pull request and the commit after the design and its version', () => {
    expect(pullRequestTitle(summary)).toBe('design-sync: Sample Kit (version 12)');
    expect(commitMessage(summary)).toMatchInlineSnapshot(`
      "design-sync: Sample Kit (version 12)

      Components added: Badge
      Components changed: Button, Card
      Components removed in Figma (files kept, removal proposed): Tag
      Tokens: 1 added, 1 changed, 0 removed
      Merged into steward edits: src/Button/Button.tsx
      Conflicts left for stewards: src/Card/Card.tsx

      2 files written by design-sync."
    `);
  });
});
