import { describe, expect, it } from 'vitest';
import {
  configError,
  DesignSyncError,
  inputError,
  isDesignSyncError,
  upstreamError,
  usageError,
} from '../../generator/core/errors.ts';
import { ERROR_CODES, ERROR_KIND, EXIT } from '../../generator/core/error-codes.ts';

describe('errors', () => {
  it('map each kind to its exit code: 2 for usage, config and input, 3 for upstream', () => {
    expect(usageError('usage/flags', 'm').exitCode).toBe(2);
    expect(configError('config/json', 'm').exitCode).toBe(2);
    expect(inputError('input/json', 'm').exitCode).toBe(2);
    expect(upstreamError('figma/network', 'm').exitCode).toBe(3);
  });

  it('take the kind and exit code of a code from the table, patterns included', () => {
    expect(new DesignSyncError('handoff/locked', 'm')).toMatchObject({ kind: 'locked', exitCode: 2 });
    expect(new DesignSyncError('handoff/github-404', 'm')).toMatchObject({ kind: 'upstream', exitCode: 3 });
    expect(new DesignSyncError('handoff/github-network', 'm')).toMatchObject({ kind: 'upstream', exitCode: 3 });
    // An exact entry wins over the pattern: a failed push is the network's fault, a failed commit is not.
    expect(new DesignSyncError('handoff/git-push', 'm')).toMatchObject({ kind: 'upstream', exitCode: 3 });
    expect(new DesignSyncError('handoff/git-commit', 'm')).toMatchObject({ kind: 'input', exitCode: 2 });
    expect(new DesignSyncError('interrupted', 'm')).toMatchObject({ kind: 'usage', exitCode: 2 });
  });

  it('give every kind in the code table an exit code', () => {
    for (const [code, kind] of Object.entries(ERROR_CODES)) {
      expect([EXIT.input, EXIT.upstream, EXIT.checksFailed], code).toContain(ERROR_KIND[kind]);
      expect(code, 'codes are <area>/<what> or a bare word').toMatch(/^[a-z]+(\/[a-z-]+(<[a-z]+>)?)?$/);
    }
  });

  it('carry a stable code, a hint and the cause', () => {
    const cause = new Error('root');
    const error = inputError('input/json', 'a.json: not valid JSON', { hint: 'fix it', cause });
    expect(error).toBeInstanceOf(DesignSyncError);
    expect(isDesignSyncError(error)).toBe(true);
    expect(isDesignSyncError(new Error('x'))).toBe(false);
    expect(error).toMatchObject({
      code: 'input/json',
      kind: 'input',
      hint: 'fix it',
      message: 'a.json: not valid JSON',
      cause,
    });
  });
});
