import type { IrProp } from '../ir/types.ts';
import { stringLiteral } from './jsx.ts';

/**
 * Prop values as TypeScript literals, shared by the component's default parameters and the
 * story's args so the two always spell a default the same way.
 */

/** One value of a variant prop: `true`/`false` for a boolean variant, else a string literal. */
export function variantLiteral(prop: IrProp & { kind: 'variant' }, value: string): string {
  return prop.boolean ? value : stringLiteral(value);
}

/** A prop's default as a literal; none for props without one (slots, images) and for an empty label. */
export function propDefaultLiteral(prop: IrProp): string | undefined {
  switch (prop.kind) {
    case 'variant':
      return variantLiteral(prop, prop.default);
    case 'boolean':
      return String(prop.default);
    case 'text':
      return stringLiteral(prop.default);
    case 'label':
      return prop.default === '' ? undefined : stringLiteral(prop.default);
    default:
      return undefined;
  }
}
