import { createPropertyFormatter } from 'style-dictionary/utils';
import { groupByBlock } from './group-by-block.ts';
import type { TokenFormat } from './token-format.ts';
import { TOKENS_CSS } from '../tokens-css-path.ts';

/** `build/tokens.css`: `:root` with every token's default value, then one block per theme mode. */
export const cssVariables: TokenFormat = {
  name: 'tokens/css',
  destination: TOKENS_CSS,
  format: ({ dictionary }, { header, blockByKey }) => {
    const format = createPropertyFormatter({ outputReferences: true, dictionary, format: 'css', usesDtcg: true });
    const sections = groupByBlock(dictionary.allTokens).map(([key, tokens]) => {
      const block = blockByKey.get(key);
      const lines = tokens.map((token) => format(token).replace(/--[A-Za-z0-9_-]+~/g, '--'));
      return `${block?.selector ?? ':root'} {\n${lines.join('\n')}\n}\n`;
    });
    if (sections.length === 0) sections.push(':root {\n}\n');
    return `${header
      .split('\n')
      .map((line) => `/* ${line} */`)
      .join('\n')}\n\n${sections.join('\n')}`;
  },
};
