/** Renders ir CSS values: tokens as `var(--token)`, raw and keyword values as written. */
import type { CssValue } from './types.ts';

export function cssValue(value: CssValue): string {
  switch (value.kind) {
    case 'token':
      return `var(${value.token.cssVar})`;
    case 'raw':
    case 'keyword':
      return value.value;
    case 'list':
      return value.items.map(cssValue).join(value.separator);
    case 'fn':
      return `${value.name}(${value.args.map(cssValue).join(', ')})`;
  }
}
