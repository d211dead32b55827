import type { FormatFnArguments } from 'style-dictionary/types';
import type { ResolvedCollection, ResolvedToken } from '../token-model.ts';

/** The shape of a token output format and the facts of one build its format function reads. */

/** One CSS block of the build: `:root` (mode undefined) or one mode's selector. */
export interface FormatBlock {
  key: string;
  mode: string | undefined;
  selector: string;
}

/** What a format needs beyond Style Dictionary's dictionary: the build's blocks, tokens and header. */
export interface FormatContext {
  header: string;
  blockByKey: ReadonlyMap<string, FormatBlock>;
  /** The resolved token behind each Style Dictionary token name (its CSS variable without `--`). */
  entryBySdName: ReadonlyMap<string, ResolvedToken>;
  /** Per-collection destinations (`{collection}` expanded) and the collection each one writes. */
  collectionByDestination: ReadonlyMap<string, ResolvedCollection>;
}

/**
 * A named token output: `name` is its Style Dictionary format name and the plan's producer,
 * `destination` its path under the tokens folder (`{collection}` makes one file per collection),
 * `format` renders it.
 */
export interface TokenFormat {
  name: string;
  destination: string;
  format: (args: FormatFnArguments, context: FormatContext) => string;
}

/** Placeholder in a destination that expands to one file per collection. */
export const COLLECTION_PLACEHOLDER = '{collection}';
