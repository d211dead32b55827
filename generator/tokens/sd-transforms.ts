/**
 * @tokens-studio/sd-transforms, required on first use. Its entry imports Style Dictionary (about 200
 * modules with its own dependencies), which a run that reuses its last token build (tokens-cache.ts)
 * never calls; only reading Tokens Studio values and building the CSS need it. Import the helpers
 * through `sdTransforms()`, not from the package.
 */
import { createRequire } from 'node:module';
import type * as SdTransformsModule from '@tokens-studio/sd-transforms';

type SdTransforms = typeof SdTransformsModule;

let loaded: SdTransforms | undefined;

export const sdTransforms = (): SdTransforms =>
  (loaded ??= createRequire(import.meta.url)('@tokens-studio/sd-transforms') as SdTransforms);
