import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../generator/cli/commands.ts';
import { configOverrides } from '../../generator/cli/config-overrides.ts';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig } from '../../generator/core/resolve-config.ts';

const commands = await Promise.all(Object.values(COMMANDS).map(async (entry) => (await entry.load()).command));
const byName = (name: string) => commands.find((c) => c.name === name)!;

describe('command config overrides', () => {
  it('maps only flags the command takes', () => {
    for (const command of commands) {
      for (const flag of Object.keys(command.overrides ?? {})) expect(Object.keys(command.options)).toContain(flag);
    }
  });

  it("turns sync's flags into the config keys they override, resolving --source against the cwd", () => {
    const sync = byName('sync');
    const overrides = configOverrides(
      sync.overrides ?? {},
      { source: 'snap', file: 'Key123', deterministic: true, model: 'm-1', 'max-cost': '0.5', 'no-pr': true },
      '/work/project',
    );
    expect(overrides).toEqual({
      source: '/work/project/snap',
      'figma.file': 'Key123',
      'generator.kind': 'deterministic',
      'generator.model': 'm-1',
      'generator.maxCost': 0.5,
    });
    const config = resolveConfig(configSchema.parse({}), '/work/project', undefined, {}, overrides);
    expect(config.figma.file).toBe('Key123');
    expect(config.generator).toMatchObject({ kind: 'deterministic', model: 'm-1', maxCost: 0.5 });
    expect(config.paths.source).toBe('/work/project/snap');
  });

  it('leaves out flags not given, and flags a command does not map', () => {
    expect(configOverrides(byName('sync').overrides ?? {}, {}, '/p')).toEqual({});
    // init takes --file for the config it writes; it overrides nothing.
    expect(configOverrides(byName('init').overrides ?? {}, { file: 'Key123' }, '/p')).toEqual({});
  });

  it('rejects a --max-cost that is not a non-negative number with a usage error', () => {
    expect(() => configOverrides({ 'max-cost': 'generator.maxCost' }, { 'max-cost': '-1' }, '/p')).toThrow(
      expect.objectContaining({
        code: 'usage/max-cost',
        message: '--max-cost must be a non-negative number of US dollars, got "-1"',
      }),
    );
  });
});
