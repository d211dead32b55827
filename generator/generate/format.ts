/** Prettier with fixed options, so output does not depend on the consumer's config. */
import { format } from 'prettier';

const OPTIONS = { printWidth: 100, singleQuote: true, trailingComma: 'all', semi: true, endOfLine: 'lf' } as const;

export async function formatCode(text: string, kind: 'tsx' | 'ts' | 'css'): Promise<string> {
  return format(text, {
    ...OPTIONS,
    parser: kind === 'css' ? 'css' : 'typescript',
    filepath: kind === 'css' ? 'x.module.css' : `x.${kind}`,
  });
}
