import { describe, expect, it } from 'vitest';
import { decideChange } from '../../generator/handoff/decide-change.ts';
import { mergeText } from '../../generator/handoff/merge-text.ts';
import { sha256 } from '../../generator/handoff/hash.ts';

const base = 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n';
const state = (current: string | undefined, generated: string, last: string | null = base) => ({
  path: 'src/A/A.tsx',
  generated,
  current,
  lastSha: last === null ? undefined : sha256(last),
  base: last ?? undefined,
});

describe('mergeText', () => {
  it('merges edits to different lines and marks overlapping edits with diff3 markers', () => {
    const labels = { ours: 'steward', base: 'last', theirs: 'new' };
    expect(mergeText('a\nB\nc\nd\ne\n', 'a\nb\nc\nd\ne\n', 'a\nb\nc\nd\nE\n', labels)).toEqual({
      clean: true,
      content: 'a\nB\nc\nd\nE\n',
    });
    const conflict = mergeText('a\nB\nc\n', 'a\nb\nc\n', 'a\nX\nc\n', labels);
    expect(conflict).toEqual({
      clean: false,
      conflicts: 1,
      content: 'a\n<<<<<<< steward\nB\n||||||| last\nb\n=======\nX\n>>>>>>> new\nc\n',
    });
  });

  it('does not report a conflict when both sides made the same change', () => {
    expect(mergeText('a\nB\n', 'a\nb\n', 'a\nB\n', { ours: 'o', base: 'b', theirs: 't' })).toEqual({
      clean: true,
      content: 'a\nB\n',
    });
  });
});

describe('decideChange', () => {
  it('creates new files and overwrites only files that still hold the last generation', () => {
    expect(decideChange(state(undefined, 'x', null))).toMatchObject({ kind: 'create', write: 'x', record: true });
    expect(decideChange(state(base, 'new\n'))).toMatchObject({ kind: 'update', write: 'new\n', stewardEdited: false });
    expect(decideChange(state(base, base))).toMatchObject({ kind: 'unchanged', record: true });
  });

  it('keeps a steward edit when the design did not change', () => {
    const edited = base.replace('line 2', 'line 2 // steward');
    expect(decideChange(state(edited, base))).toMatchObject({ kind: 'unchanged', stewardEdited: true, record: true });
  });

  it('merges a steward edit with a design change to other lines', () => {
    const edited = base.replace('line 1', 'line 1 // steward');
    const generated = base.replace('line 6', 'line 6 (new design)');
    const decision = decideChange(state(edited, generated));
    expect(decision).toMatchObject({ kind: 'merged', stewardEdited: true, record: true });
    expect(decision.write).toBe('line 1 // steward\nline 2\nline 3\nline 4\nline 5\nline 6 (new design)\n');
  });

  it('proposes instead of writing when the steward edit and the design change overlap', () => {
    const edited = base.replace('line 3', 'line 3 // steward');
    const decision = decideChange(state(edited, base.replace('line 3', 'line 3 (new design)')));
    expect(decision.kind).toBe('conflict');
    expect(decision.write).toBeUndefined();
    expect(decision.record).toBe(false);
    expect(decision.proposal).toContain('<<<<<<< src/A/A.tsx (steward)\nline 3 // steward\n');
    expect(decision.proposal).toContain('=======\nline 3 (new design)\n>>>>>>> src/A/A.tsx (design-sync)');
  });

  it('never overwrites a file design-sync did not generate, or whose base copy is missing or corrupt', () => {
    expect(decideChange(state('hand written\n', 'generated\n', null))).toMatchObject({
      kind: 'conflict',
      proposal: 'generated\n',
    });
    const edited = base.replace('line 1', 'x');
    expect(decideChange({ ...state(edited, 'new\n'), base: undefined })).toMatchObject({
      kind: 'conflict',
      proposal: 'new\n',
    });
    expect(decideChange({ ...state(edited, 'new\n'), base: 'tampered' })).toMatchObject({ kind: 'conflict' });
  });

  it('respects a deletion by a steward', () => {
    expect(decideChange(state(undefined, base))).toMatchObject({ kind: 'unchanged', stewardEdited: true });
    expect(decideChange(state(undefined, 'changed\n'))).toMatchObject({
      kind: 'conflict',
      proposal: 'changed\n',
      record: false,
    });
  });
});
