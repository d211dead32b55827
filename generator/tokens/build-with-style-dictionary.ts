import StyleDictionary from 'style-dictionary';
import type { DesignToken, FormatFnArguments, TransformedToken } from 'style-dictionary/types';
import { upstreamError } from '../core/errors.ts';
import { ROOT_BLOCK } from './formats/group-by-block.ts';
import { COLLECTION_PLACEHOLDER, type FormatContext, type TokenFormat } from './formats/token-format.ts';
import { TOKEN_FORMATS } from './formats/token-formats.ts';
import type { ResolvedCollection, ResolvedToken, ResolvedTokens } from './resolve-tokens.ts';
import type { ThemeMode } from './token-model.ts';
import { TYPOGRAPHY_PARTS, toCssValue, typographyFieldCss } from './to-css-value.ts';
import { slug } from './token-names.ts';
import { isPlainObject, toDimension } from './token-values.ts';

/**
 * Formats resolved tokens into every output of TOKEN_FORMATS (DTCG files, tokens.css, tokens.ts)
 * with one in-memory Style Dictionary instance, the formats registered on that instance.
 */

export interface CssBuild {
  /** Every output of TOKEN_FORMATS, in order: the format name, the path under the tokens folder, the text. */
  files: { format: string; destination: string; content: string; collection?: ResolvedCollection }[];
  /** Non-default mode slugs, in order, each with its CSS selector (and its theme dimensions when themed). */
  blocks: { mode: string; selector: string; tokens: number; theme?: ThemeMode }[];
}

interface Block {
  key: string;
  mode: string | undefined;
  selector: string;
  theme?: ThemeMode;
  members: { token: ResolvedToken; mode: string }[];
}

const ROOT = ROOT_BLOCK;

/**
 * Formats the resolved tokens with one Style Dictionary instance: one token group per CSS block
 * (`:root`, then each non-default mode), aliases as `{block.name}` references so Style Dictionary
 * writes them as `var(--name)`. Everything is formatted in memory; nothing is written here.
 */
export async function buildWithStyleDictionary(
  resolved: ResolvedTokens,
  options: { modeSelector: string; header: string; pxToRem?: number | false },
): Promise<CssBuild> {
  const blocks = planBlocks(resolved, options.modeSelector);
  const tree: Record<string, Record<string, DesignToken>> = {};
  const entryBySdName = new Map<string, ResolvedToken>();
  for (const block of blocks) {
    const group: Record<string, DesignToken> = {};
    const names = new Set(block.members.map(({ token }) => sdName(token)));
    const ref = (path: string) => {
      const target = resolved.byPath.get(path);
      if (!target) return `{${path}}`;
      return `{${names.has(sdName(target)) ? block.key : ROOT}.${sdName(target)}}`;
    };
    const withRefs = (css: string) => css.replace(/\{([^{}]+)\}/g, (_m, path: string) => ref(path));
    for (const { token, mode } of block.members) {
      const name = sdName(token);
      entryBySdName.set(name, token);
      let value = token.literal ? token.resolved[mode] : token.raw[mode];
      const resolvedValue = token.resolved[mode];
      // Italic can come from a weight named "Bold Italic" behind an alias: take it from the resolved value.
      if (
        token.type === 'typography' &&
        isPlainObject(value) &&
        value.fontStyle === undefined &&
        isPlainObject(resolvedValue) &&
        resolvedValue.fontStyle !== undefined
      ) {
        value = { ...value, fontStyle: resolvedValue.fontStyle };
      }
      const description = token.draft.description?.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
      if (token.type === 'typography' && isPlainObject(value)) {
        const parts: Record<string, string> = {};
        for (const part of TYPOGRAPHY_PARTS) {
          if (value[part.field] === undefined) continue;
          const partName = `${name}-${part.suffix}`;
          if (names.has(partName)) continue;
          parts[part.field] = `{${block.key}.${partName}}`;
          group[partName] = { $value: withRefs(typographyFieldCss(value[part.field], part.type)), $type: 'other' };
        }
        const shorthand =
          parts.fontSize !== undefined && parts.fontFamily !== undefined
            ? [
                parts.fontStyle,
                parts.fontWeight,
                parts.lineHeight ? `${parts.fontSize}/${parts.lineHeight}` : parts.fontSize,
                parts.fontFamily,
              ]
                .filter(Boolean)
                .join(' ')
            : undefined;
        if (shorthand)
          group[name] = { $value: shorthand, $type: 'other', ...(description ? { $description: description } : {}) };
        continue;
      }
      if (token.type === 'string' && isPlainObject(value)) continue; // carried for references (a modifier), no CSS meaning
      group[name] = {
        $value: withRefs(textAsWritten(token, value) ?? toCssValue(asRem(value, token, options.pxToRem), token.type)),
        $type: 'other',
        ...(description ? { $description: description } : {}),
      };
    }
    tree[block.key] = group;
  }

  const blockByKey = new Map(blocks.map((block) => [block.key, block]));
  const names = collectionFileNames(resolved.collections);
  const files: { format: TokenFormat; destination: string; collection?: ResolvedCollection }[] = TOKEN_FORMATS.flatMap(
    (format) =>
      format.destination.includes(COLLECTION_PLACEHOLDER)
        ? resolved.collections.map((collection, i) => ({
            format,
            destination: format.destination.replace(COLLECTION_PLACEHOLDER, names[i] ?? ''),
            collection,
          }))
        : [{ format, destination: format.destination }],
  );
  const collectionByDestination = new Map<string, ResolvedCollection>();
  for (const file of files) if (file.collection) collectionByDestination.set(file.destination, file.collection);
  const context: FormatContext = { header: options.header, blockByKey, entryBySdName, collectionByDestination };
  const sd = new StyleDictionary(
    {
      tokens: tree,
      usesDtcg: true,
      log: { verbosity: 'silent', warnings: 'error', errors: { brokenReferences: 'throw' } },
      hooks: {
        transforms: {
          // Block-qualified so Style Dictionary's collision check works per block; the CSS format strips the block.
          'design-sync/name': {
            type: 'name',
            transform: (token: TransformedToken) => `${token.path[0]}~${token.path.slice(1).join('.')}`,
          },
        },
        formats: Object.fromEntries(
          TOKEN_FORMATS.map((format) => [format.name, (args: FormatFnArguments) => format.format(args, context)]),
        ),
      },
      platforms: {
        web: {
          transforms: ['design-sync/name'],
          files: files.map(({ format, destination }) => ({ destination, format: format.name })),
        },
      },
    },
    { verbosity: 'silent' },
  );
  let outputs: { output: unknown; destination: string | undefined }[];
  try {
    outputs = await sd.formatPlatform('web');
  } catch (error) {
    throw upstreamError(
      'tokens/style-dictionary',
      `Style Dictionary failed: ${(error as Error).message.split('\n').slice(0, 6).join(' ')}`,
      {
        hint: 'This is a bug in the tokens stage when validation passed; run with --verbose and report it with the token files.',
        cause: error,
      },
    );
  }
  return {
    files: files.map(({ format, destination, collection }) => ({
      format: format.name,
      destination,
      content: String(outputs.find((o) => o.destination === destination)?.output ?? ''),
      ...(collection ? { collection } : {}),
    })),
    blocks: blocks
      .filter((b) => b.mode !== undefined)
      .map((b) => ({
        mode: b.mode as string,
        selector: b.selector,
        tokens: b.members.length,
        ...(b.theme ? { theme: b.theme } : {}),
      })),
  };
}

/** tokens.pxToRem: a px dimension token as rem at that many px per rem, as Style Dictionary's size/pxToRem writes it. */
function asRem(value: unknown, token: ResolvedToken, base: number | false | undefined): unknown {
  if (!base || token.type !== 'dimension') return value;
  const dimension = toDimension(value);
  if (dimension?.unit !== 'px') return value;
  return { value: Math.round((dimension.value / base) * 10_000) / 10_000, unit: 'rem' };
}

/** One unique file name per collection: its slug, then "-2", "-3", ... on a clash. */
function collectionFileNames(collections: ResolvedCollection[]): string[] {
  const used = new Set<string>();
  return collections.map((collection) => {
    let name = slug(collection.name);
    for (let n = 2; used.has(name); n++) name = `${slug(collection.name)}-${n}`;
    used.add(name);
    return name;
  });
}

/**
 * A string token from a token file ("other", "text", untyped: "auto", "0px", "solid 1px {c}") is CSS
 * as written, as Style Dictionary writes it; a Figma string variable is text and stays quoted.
 */
function textAsWritten(token: ResolvedToken, value: unknown): string | undefined {
  const fromFile = token.draft.origin === 'dtcg' || token.draft.origin === 'tokens-studio';
  return fromFile && token.type === 'string' && typeof value === 'string' ? value : undefined;
}

function sdName(token: ResolvedToken): string {
  return token.cssVar.replace(/^--/, '');
}

/**
 * `:root` holds every token's default value. A block per non-default mode holds the tokens of the
 * collections that have that mode, plus every token that refers to one of them: a custom property
 * is computed where it is declared, so `--a: var(--b)` declared only on `:root` would keep the
 * default `--b` under `[data-theme="dark"]`. Themed collections name each mode's selector
 * (`[data-color-scheme="dark"]`); a combination of modes of several dimensions holds only the tokens
 * that are in the blocks of every mode it combines, with the value they have in the combination.
 */
export function planBlocks(resolved: ResolvedTokens, modeSelector: string): Block[] {
  const ordered = resolved.collections.flatMap((collection) => collection.tokens);
  const root: Block = {
    key: ROOT,
    mode: undefined,
    selector: ':root',
    members: ordered.map((token) => ({ token, mode: token.modes[0] ?? '' })),
  };
  // Source-only tokens are not output but carry changes to the tokens that use them.
  const all = [...resolved.byPath.values()];
  const dependents = new Map<string, ResolvedToken[]>();
  for (const token of all) {
    for (const ref of token.refs) {
      const list = dependents.get(ref) ?? [];
      list.push(token);
      dependents.set(ref, list);
    }
  }
  const modes = new Map<string, ThemeMode | undefined>();
  for (const collection of resolved.collections)
    for (const mode of collection.modes.slice(1)) if (!modes.has(mode)) modes.set(mode, collection.themeModes?.[mode]);
  const ordering = [...modes.keys()].sort(
    (a, b) => Number(modes.get(a)?.combines !== undefined) - Number(modes.get(b)?.combines !== undefined),
  );
  const blocks: Block[] = [root];
  const usedKeys = new Set<string>([ROOT]);
  const includedByMode = new Map<string, Set<ResolvedToken>>();
  for (const mode of ordering) {
    const theme = modes.get(mode);
    let included: Set<ResolvedToken>;
    if (theme?.combines) {
      const parts = theme.combines.map((key) => includedByMode.get(key) ?? new Set<ResolvedToken>());
      // With every part's attribute set, the cascade gives the value of the part block written last.
      const last = [...theme.combines].sort((a, b) => ordering.indexOf(a) - ordering.indexOf(b)).at(-1) ?? mode;
      const written = (token: ResolvedToken, key: string) =>
        JSON.stringify(token.literal ? token.resolved[key] : token.raw[key]);
      included = new Set(
        all.filter(
          (token) =>
            token.modes.includes(mode) &&
            parts.every((part) => part.has(token)) &&
            written(token, mode) !== written(token, last),
        ),
      );
    } else {
      const changes = (token: ResolvedToken) =>
        token.modes.indexOf(mode) > 0 &&
        JSON.stringify(token.raw[mode]) !== JSON.stringify(token.raw[token.modes[0] ?? '']);
      included = new Set<ResolvedToken>(all.filter(changes));
      const queue = [...included];
      while (queue.length > 0) {
        const token = queue.pop() as ResolvedToken;
        for (const dependent of dependents.get(token.path) ?? []) {
          if (!included.has(dependent)) {
            included.add(dependent);
            queue.push(dependent);
          }
        }
      }
      includedByMode.set(mode, included);
    }
    let key = `mode-${slug(mode)}`;
    while (usedKeys.has(key)) key += '-';
    usedKeys.add(key);
    const members = ordered
      .filter((token) => included.has(token))
      .map((token) => ({ token, mode: token.modes.includes(mode) ? mode : (token.modes[0] ?? mode) }));
    if (theme?.combines && members.length === 0) continue;
    blocks.push({
      key,
      mode,
      selector: theme?.selector ?? modeSelector.replace(/\{mode\}/g, slug(mode)),
      members,
      ...(theme ? { theme } : {}),
    });
  }
  return blocks;
}
