/**
 * Secrets come only from the environment; this keeps them out of every log line, error,
 * report and snapshot by replacing any known secret value wherever it appears.
 */
const SECRET_ENV = ['FIGMA_TOKEN', 'OPENAI_API_KEY', 'GITHUB_TOKEN'] as const;
const extraSecrets = new Set<string>();

/** Registers a secret that did not come from the standard environment variables (tests, flags). */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 4) extraSecrets.add(value);
}

function secrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const found = SECRET_ENV.map((name) => env[name]).filter((v): v is string => !!v && v.length >= 4);
  return [...found, ...extraSecrets];
}

export function redact(text: string, env?: NodeJS.ProcessEnv): string {
  let out = text;
  for (const secret of secrets(env)) out = out.split(secret).join('[redacted]');
  // Token-shaped strings even when not registered: Figma personal tokens, OpenAI and GitHub keys.
  return out
    .replace(/\bfigd_[A-Za-z0-9_-]{10,}/g, '[redacted]')
    .replace(/\bsk-[A-Za-z0-9_-]{16,}/g, '[redacted]')
    .replace(/\bgh[pousr]_[A-Za-z0-9]{20,}/g, '[redacted]')
    .replace(/\bgithub_pat_[A-Za-z0-9_]{20,}/g, '[redacted]');
}
