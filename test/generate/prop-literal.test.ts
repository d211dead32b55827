import { describe, expect, it } from 'vitest';
import { propDefaultLiteral, variantLiteral } from '../../generator/generate/prop-literal.ts';
import type { IrProp } from '../../generator/ir/types.ts';

const base = { name: 'p', figmaName: 'P', description: '' };
const variant = (values: string[], dflt: string, boolean?: true): IrProp & { kind: 'variant' } => ({
  ...base,
  kind: 'variant',
  values,
  figmaValues: values,
  default: dflt,
  ...(boolean ? { boolean } : {}),
});

describe('prop literals', () => {
  it('spell variant values as strings, boolean variants as booleans', () => {
    expect(variantLiteral(variant(['primary', 'secondary'], 'primary'), "it's")).toBe("'it\\'s'");
    expect(variantLiteral(variant(['false', 'true'], 'false', true), 'true')).toBe('true');
  });

  it('give each kind of prop its default, and none to slots, images and an empty label', () => {
    expect(propDefaultLiteral(variant(['primary', 'secondary'], 'secondary'))).toBe("'secondary'");
    expect(propDefaultLiteral(variant(['false', 'true'], 'false', true))).toBe('false');
    expect(propDefaultLiteral({ ...base, kind: 'boolean', default: true })).toBe('true');
    expect(propDefaultLiteral({ ...base, kind: 'text', default: '' })).toBe("''");
    expect(propDefaultLiteral({ ...base, kind: 'label', default: '' })).toBeUndefined();
    expect(propDefaultLiteral({ ...base, kind: 'label', default: 'Close' })).toBe("'Close'");
    expect(propDefaultLiteral({ ...base, kind: 'slot', defaultComponent: '' })).toBeUndefined();
    expect(propDefaultLiteral({ ...base, kind: 'image' })).toBeUndefined();
  });
});
