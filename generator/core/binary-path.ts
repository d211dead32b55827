/**
 * Which planned files are binary: their `content` is base64 text, decoded when written and
 * encoded when read back, so plans, manifests and merges keep handling strings.
 */
const BINARY = /\.(png|jpe?g|webp|gif)$/i;

export function isBinaryPath(path: string): boolean {
  return BINARY.test(path);
}
