/**
 * Packages a sync that finds nothing to do must not load (each costs a no-op run tens to hundreds of
 * milliseconds): the type-checker, the bundler, the browser driver, Style Dictionary and
 * sd-transforms (the token build comes from the cache), SVGO and the GitHub client.
 */
export const NOT_IN_A_NOOP = [
  'typescript',
  'esbuild',
  'playwright-core',
  'style-dictionary',
  '@tokens-studio/sd-transforms',
  'svgo',
  '@octokit/rest',
];
