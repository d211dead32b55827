import { resolve } from 'node:path';
import { usageError } from '../core/errors.ts';
import type { ConfigOverrides, OverridableKey } from '../core/resolve-config.ts';
import type { FlagOverrides, FlagValue } from './command.ts';

/**
 * Turns the flags a command maps to config keys (`Command.overrides`) into the `ConfigOverrides`
 * config resolution applies on top of the environment and the config file.
 */

/** `--max-cost <usd>`: a finite, non-negative number, or a usage error (NaN would silently lift the budget). */
function parseMaxCost(value: FlagValue): number | undefined {
  if (typeof value !== 'string') return undefined;
  const usd = Number(value);
  if (value.trim() === '' || !Number.isFinite(usd) || usd < 0) {
    throw usageError('usage/max-cost', `--max-cost must be a non-negative number of US dollars, got "${value}"`, {
      hint: 'For example --max-cost 0.50',
    });
  }
  return usd;
}

const text = (value: FlagValue) => (typeof value === 'string' ? value : undefined);

/** How a flag's value becomes the value of the config key it overrides. */
const READ_FLAG: { [K in OverridableKey]-?: (value: FlagValue, cwd: string) => ConfigOverrides[K] } = {
  'figma.file': text,
  // Relative to where the command runs, not to the config file.
  source: (value, cwd) => (typeof value === 'string' ? resolve(cwd, value) : undefined),
  'generator.model': text,
  // A boolean flag on the generator kind (`--deterministic`) picks the deterministic generator.
  'generator.kind': (value) => (value === true ? 'deterministic' : undefined),
  'generator.maxCost': parseMaxCost,
};

/** The config overrides a command's flags make, from its flag-to-key mapping and the parsed flag values. */
export function configOverrides(
  mapping: FlagOverrides,
  values: Record<string, FlagValue>,
  cwd: string,
): ConfigOverrides {
  const overrides: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(mapping)) {
    if (key === undefined) continue;
    const value = READ_FLAG[key](values[flag], cwd);
    if (value !== undefined) overrides[key] = value;
  }
  return overrides as ConfigOverrides;
}
