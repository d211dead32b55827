import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../generator/check/browser.ts';
import { DesignSyncError } from '../../generator/core/errors.ts';

describe('findBrowser', () => {
  it('uses the configured browser when it is executable', () => {
    expect(findBrowser(process.execPath)).toBe(process.execPath);
  });

  it('rejects a configured browser that does not exist, with a hint naming DESIGN_SYNC_BROWSER', () => {
    try {
      findBrowser('/nonexistent/chromium');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DesignSyncError);
      expect((error as DesignSyncError).code).toBe('check/browser-missing');
      expect((error as DesignSyncError).hint).toContain('DESIGN_SYNC_BROWSER');
    }
  });
});
