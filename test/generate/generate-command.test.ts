import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { KIT } from '../ir/kit.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/design-sync.js', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'design-sync-generate-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function cli(...args: string[]) {
  try {
    const { stdout } = await run('node', [BIN, 'generate', '--cwd', project, '--source', KIT, '--json', ...args], {
      env: { ...process.env, FIGMA_TOKEN: '' },
    });
    return { code: 0, data: JSON.parse(stdout) };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, data: JSON.parse(e.stdout) };
  }
}

describe('design-sync generate', () => {
  it('plans the components with --dry-run, then writes the named one', { timeout: 120_000 }, async () => {
    const dry = await cli('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.data.components.map((c: { name: string }) => c.name)).toEqual(['Button', 'StarIcon', 'ProductCard']);
    expect(dry.data.components[0]).toMatchObject({
      props: 4,
      variants: 4,
      accepted: true,
      files: ['src/Button/Button.tsx', 'src/Button/Button.module.css', 'stories/Button.stories.tsx'],
    });
    expect(existsSync(join(project, 'src'))).toBe(false);

    const real = await cli('Button');
    expect(real.code).toBe(0);
    expect(real.data.components.map((c: { name: string }) => c.name)).toEqual(['Button']);
    expect(readFileSync(join(project, 'src/index.ts'), 'utf8')).toContain(
      "export { Button } from './Button/Button.tsx';",
    );
    expect(readFileSync(join(project, 'stories/Button.stories.tsx'), 'utf8')).toContain("nodeId: '10:3'");
  });

  it('fails with a clear usage error for an unknown component name', { timeout: 60_000 }, async () => {
    const result = await cli('NoSuchThing', '--dry-run');
    expect(result.code).toBe(2);
    expect(result.data.error).toMatchObject({ code: 'ir/unknown-component' });
    expect(result.data.error.hint).toContain('Button');
  });
});
