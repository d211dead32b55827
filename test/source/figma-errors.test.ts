import { describe, expect, it } from 'vitest';
import { errorBodyMessage, humanDuration, isTooLarge, parseRetryAfter } from '../../generator/source/figma-errors.ts';

describe('Figma error helpers', () => {
  it('read Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('2.5')).toBe(3);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('read both error body shapes and fall back to the text', () => {
    expect(errorBodyMessage('{"status":404,"err":"Not found"}')).toBe('Not found');
    expect(errorBodyMessage('{"status":403,"error":true,"message":"Invalid scope"}')).toBe('Invalid scope');
    expect(errorBodyMessage('<html>Bad gateway</html>')).toBe('<html>Bad gateway</html>');
  });

  it('recognise requests Figma refused for their size', () => {
    expect(isTooLarge(413, '')).toBe(true);
    expect(isTooLarge(400, '{"status":400,"err":"Request too large"}')).toBe(true);
    expect(isTooLarge(400, '{"status":400,"err":"Invalid ids"}')).toBe(false);
  });

  it('say long waits in days', () => {
    expect(humanDuration(45)).toBe('45 seconds');
    expect(humanDuration(432_000)).toBe('5 days');
  });
});
