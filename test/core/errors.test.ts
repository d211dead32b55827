import { describe, expect, it } from 'vitest';
import {
  configError,
  DesignSyncError,
  inputError,
  isDesignSyncError,
  upstreamError,
  usageError,
} from '../../generator/core/errors.ts';

describe('errors', () => {
  it('map each kind to its exit code: 2 for usage, config and input, 3 for upstream', () => {
    expect(usageError('u', 'm').exitCode).toBe(2);
    expect(configError('c', 'm').exitCode).toBe(2);
    expect(inputError('i', 'm').exitCode).toBe(2);
    expect(upstreamError('x', 'm').exitCode).toBe(3);
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
