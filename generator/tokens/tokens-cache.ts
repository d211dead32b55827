/**
 * The tokens stage's last result, kept in the project's cache under a hash of everything the build
 * reads: the design's JSON texts, the token files as parsed, the tokens config, and the code that
 * builds (design-sync's sources and the versions of Style Dictionary, sd-transforms and culori). The diff against design-sync's committed DTCG files is computed again on every run (the
 * first sync writes them, so they differ from one run to the next). A run whose token inputs did not change (a no-op sync)
 * takes it from there instead of resolving again and running Style Dictionary, so it never loads
 * Style Dictionary or sd-transforms. Any other run builds as before and replaces the entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { cacheDir, ensureCacheDir } from '../core/cache-dir.ts';
import { readTextIfExists, writeJsonAtomic } from '../core/fs-atomic.ts';
import type { Logger } from '../core/logger.ts';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import { VERSION } from '../core/version.ts';
import { createHash } from 'node:crypto';
import type { TokensInput, TokensResult } from './build-tokens.ts';
import { tokenIndexOf } from './create-token-index.ts';
import { diffTokenFiles } from './token-diff.ts';

export const tokensCachePath = (root: string) => join(cacheDir(root), 'tokens-build.json');

interface CacheEntry {
  key: string;
  result: Omit<TokensResult, 'index' | 'diff'>;
}

/** The packages the token build runs, whose versions are part of the key. */
const BUILD_PACKAGES = ['style-dictionary', '@tokens-studio/sd-transforms', 'culori'];

const fingerprints = new Map<string, string>();

/**
 * A hash of design-sync's own code under `root` (every generator/ source file) and the installed
 * versions of the packages the build runs: an edit to the tokens stage or a dependency bump is
 * another build even where the package version stays the same. Once per process (about 240 files).
 */
export function codeFingerprint(root: string = PACKAGE_ROOT): string {
  const known = fingerprints.get(root);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  const generator = join(root, 'generator');
  const sources = readdirSync(generator, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of sources.sort()) hash.update(`${file}\0`).update(readFileSync(join(generator, file)));
  for (const name of BUILD_PACKAGES) {
    let version = 'missing';
    try {
      version = String(
        (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown })
          .version,
      );
    } catch {
      // Not installed beside design-sync (a hoisted layout elsewhere): the sources alone key the build.
    }
    hash.update(`${name}@${version}\0`);
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(root, fingerprint);
  return fingerprint;
}

/** JSON.stringify loses NaN and Infinity (JSON5 token files may hold them): they are keyed as their names. */
const keyValue = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? `number:${String(value)}` : value;

/**
 * The hash a build's inputs are kept under; undefined when the design does not say what it was read
 * from (one built in memory), which is never cached.
 */
export function tokensCacheKey(
  input: TokensInput,
  config: ResolvedConfig,
  code: string = codeFingerprint(),
): string | undefined {
  const { design } = input;
  if (design !== undefined && design.contentHash === undefined) return undefined;
  // JSON.stringify is stable here: the same config and files parse into the same key order.
  const inputs = JSON.stringify(
    {
      version: VERSION,
      code,
      tokens: config.tokens,
      // Planned file paths are absolute: a moved project is another build.
      out: config.paths.tokens,
      design: design ? { content: design.contentHash, origin: design.origin, fileKey: design.fileKey ?? null } : null,
      files: input.files,
    },
    keyValue,
  );
  return createHash('sha256').update(inputs).digest('hex');
}

/** The DTCG text of each collection file the build planned, by its name under the tokens folder (what the diff compares). */
function collectionTexts(
  result: Pick<TokensResult, 'files' | 'stats'>,
  config: ResolvedConfig,
): Record<string, string> {
  const byPath = new Map(result.files.map((file) => [file.path, file.content]));
  return Object.fromEntries(
    result.stats.collections.map((c) => [c.file, byPath.get(join(config.paths.tokens, c.file)) ?? '']),
  );
}

/**
 * The cached result for `key`, its index rebuilt and its diff taken against `committed`; undefined
 * when there is none (or it is unreadable).
 */
export async function readCachedTokens(
  root: string,
  key: string,
  config: ResolvedConfig,
  committed: TokensInput['committed'],
): Promise<TokensResult | undefined> {
  const text = await readTextIfExists(tokensCachePath(root)).catch(() => undefined);
  if (text === undefined) return undefined;
  let entry: CacheEntry;
  try {
    entry = JSON.parse(text) as CacheEntry;
  } catch {
    return undefined;
  }
  if (entry?.key !== key || !Array.isArray(entry.result?.resolvedTokens)) return undefined;
  const { result } = entry;
  return {
    ...result,
    index: tokenIndexOf(result.resolvedTokens, result.modes, config.tokens),
    diff: diffTokenFiles(committed, collectionTexts(result, config)),
  };
}

/** Keeps `result` as the build of `key` (the one entry the cache holds). */
export async function writeCachedTokens(root: string, key: string, result: TokensResult): Promise<void> {
  const { index: _index, diff: _diff, ...rest } = result;
  const entry: CacheEntry = { key, result: rest };
  await ensureCacheDir(cacheDir(root));
  await writeJsonAtomic(tokensCachePath(root), entry);
}

/**
 * The tokens stage through the cache: the last build when nothing it reads changed, else a build
 * (Style Dictionary loads only then) that replaces the cache entry. A cache that cannot be written
 * costs the next run a build, never this one's result.
 */
export async function buildTokensCached(
  input: TokensInput,
  config: ResolvedConfig,
  logger: Logger,
): Promise<TokensResult> {
  const started = performance.now();
  const key = tokensCacheKey(input, config);
  const cached = key === undefined ? undefined : await readCachedTokens(config.root, key, config, input.committed);
  if (cached) {
    logger.debug(`tokens: inputs unchanged since the last build; reused it (${tokensCachePath(config.root)})`);
    return { ...cached, stats: { ...cached.stats, ms: Math.round(performance.now() - started) } };
  }
  const { buildTokens } = await import('./build-tokens.ts');
  const built = await buildTokens(input, config, logger);
  if (key !== undefined)
    await writeCachedTokens(config.root, key, built).catch((error: Error) =>
      logger.debug(`tokens: could not keep the build in the cache: ${error.message}`),
    );
  return built;
}
