import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkAsset, missingAssets } from '../../../generator/generate/gate/check-asset.ts';
import { checkImport } from '../../../generator/generate/gate/import-rules.ts';

const CLEAN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 2h20v20H2z" fill="#000"/></svg>';

describe('asset gate rules', () => {
  it('accepts a clean SVG and a decodable PNG in an assets/ folder', () => {
    expect(checkAsset('/p/src/components/Icon/assets/icon-1-2.svg', CLEAN)).toEqual([]);
    const png = PNG.sync.write(new PNG({ width: 2, height: 2 })).toString('base64');
    expect(checkAsset('/p/src/components/Icon/assets/photo-1-3.png', png)).toEqual([]);
  });

  it('rejects an SVG that still has a script', () => {
    const reasons = checkAsset(
      '/p/src/components/Icon/assets/icon.svg',
      CLEAN.replace('<path', '<script>alert(1)</script><path'),
    );
    expect(reasons.map((r) => r.rule)).toEqual(['svg/unsafe']);
  });

  it('rejects a PNG that does not decode', () => {
    const reasons = checkAsset('/p/src/components/Icon/assets/x.png', Buffer.from('not a png').toString('base64'));
    expect(reasons.map((r) => r.rule)).toEqual(['asset/undecodable']);
  });

  it('rejects an asset import outside ./assets and accepts one inside', () => {
    const file = '/p/src/components/Icon/Icon.tsx';
    const dirs = ['/p/src/components'];
    const outside = checkImport('../Other/logo.svg', file, false, dirs, 1);
    expect(outside.reason?.rule).toBe('import/asset');
    const inside = checkImport('./assets/icon-1-2.svg', file, false, dirs, 1);
    expect(inside.reason).toBeUndefined();
  });

  it('accepts a JPEG image fill and rejects a truncated one', () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32), Buffer.from([0xff, 0xd9])]);
    expect(checkAsset('/p/src/components/Card/assets/photo-1-3.jpg', jpeg.toString('base64'))).toEqual([]);
    const cut = jpeg.subarray(0, 20).toString('base64');
    expect(checkAsset('/p/src/components/Card/assets/photo-1-3.jpg', cut).map((r) => r.rule)).toEqual([
      'asset/undecodable',
    ]);
  });

  it('allows exactly svg, png and jpg files from ./assets: no other folder, format, query or package', () => {
    const file = '/p/src/components/Card/Card.tsx';
    const dirs = ['/p/src/components'];
    const rule = (specifier: string) => checkImport(specifier, file, false, dirs, 1).reason?.rule;
    expect(rule('./assets/photo-1-3.jpg')).toBeUndefined();
    expect(rule('./assets/photo-1-3.png')).toBeUndefined();
    expect(rule('./assets/photo.gif')).toBe('import/asset');
    expect(rule('./assets/nested/photo.png')).toBe('import/asset');
    expect(rule('../Button/assets/icon.svg')).toBe('import/asset');
    expect(rule('./assets/icon.svg?raw')).toBe('import/forbidden');
    expect(rule('lucide-react')).toBe('import/forbidden');
  });

  it('reports an imported asset that no planned file provides', () => {
    const planned = new Set(['/p/src/components/Icon/assets/a.svg']);
    expect(missingAssets(['/p/src/components/Icon/assets/a.svg'], planned)).toEqual([]);
    expect(missingAssets(['/p/src/components/Icon/assets/gone.svg'], planned).map((r) => r.rule)).toEqual([
      'import/missing-asset',
    ]);
  });
});
