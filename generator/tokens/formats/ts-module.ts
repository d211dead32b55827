import { renderTokensModule, type ModuleEntry } from '../render-tokens-module.ts';
import { slug } from '../token-names.ts';
import { groupByBlock } from './group-by-block.ts';
import type { TokenFormat } from './token-format.ts';

/** `build/tokens.ts`: every token's name, CSS variable and values per mode, as a typed module. */
export const tsModule: TokenFormat = {
  name: 'tokens/ts',
  destination: 'build/tokens.ts',
  format: ({ dictionary }, { header, blockByKey, entryBySdName }) => {
    const entries = new Map<string, ModuleEntry>();
    for (const [key, tokens] of groupByBlock(dictionary.allTokens)) {
      const mode = blockByKey.get(key)?.mode;
      for (const token of tokens) {
        const source = entryBySdName.get(token.path.slice(1).join('.'));
        if (!source) continue;
        const css = String(token.$value);
        const entry = entries.get(source.path) ?? {
          path: source.path,
          cssVar: source.cssVar,
          type: source.type,
          value: css,
          modes: {},
        };
        if (mode === undefined) entry.value = css;
        else entry.modes[slug(mode)] = css;
        entries.set(source.path, entry);
      }
    }
    return renderTokensModule([...entries.values()], header);
  },
};
