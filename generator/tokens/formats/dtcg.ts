import { toDtcgText } from '../to-dtcg.ts';
import { COLLECTION_PLACEHOLDER, type TokenFormat } from './token-format.ts';

/** `<collection>.tokens.json`: one DTCG 2025.10 document per collection, modes in `$extensions`. */
export const dtcg: TokenFormat = {
  name: 'tokens/dtcg',
  destination: `${COLLECTION_PLACEHOLDER}.tokens.json`,
  format: ({ file }, { collectionByDestination }) => {
    const collection = collectionByDestination.get(file.destination ?? '');
    return collection ? toDtcgText(collection) : '';
  },
};
