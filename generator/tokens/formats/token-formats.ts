import { cssVariables } from './css-variables.ts';
import { dtcg } from './dtcg.ts';
import { tsModule } from './ts-module.ts';
import type { TokenFormat } from './token-format.ts';

/** Every token output, in the order the plan lists them; a new output format is one more entry here. */
export const TOKEN_FORMATS: readonly TokenFormat[] = [dtcg, cssVariables, tsModule];
