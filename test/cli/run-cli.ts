import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/design-sync.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI binary in a child process. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    // The child sees none of the caller's design-sync settings or secrets, only what the test passes.
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    for (const name of [
      'FIGMA_TOKEN',
      'FIGMA_API_URL',
      'FIGMA_FILE',
      'DESIGN_SYNC_SOURCE',
      'OPENAI_API_KEY',
      'GITHUB_TOKEN',
    ]) {
      if (!options.env?.[name]) delete env[name];
    }
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env, timeout: options.timeout ?? 60_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
