/**
 * Every error code design-sync raises, in one typed table: code -> error kind, and kind -> exit
 * code. `DesignSyncError` takes its code from here, and the CLI's exit code reads the table.
 */

/** Process exit codes. */
export const EXIT = {
  ok: 0,
  checksFailed: 1,
  input: 2,
  upstream: 3,
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Error kind -> exit code: what the user did wrong (2) or what failed upstream (3). */
export const ERROR_KIND = {
  usage: EXIT.input,
  config: EXIT.input,
  input: EXIT.input,
  upstream: EXIT.upstream,
  checks: EXIT.checksFailed,
  locked: EXIT.input,
} as const;
export type ErrorKind = keyof typeof ERROR_KIND;

/**
 * Error code -> kind. A code is `<area>/<what>`. In a pattern, `<status>` stands for an HTTP status
 * (`handoff/github-404`) and `<command>` for a git subcommand (`handoff/git-commit`); an exact
 * entry wins over a pattern.
 */
export const ERROR_CODES = {
  interrupted: 'usage',
  'usage/command': 'usage',
  'usage/flags': 'usage',
  'usage/max-cost': 'usage',
  'usage/figma-file': 'usage',
  'usage/init-args': 'usage',
  'usage/shard': 'usage',
  'usage/report-merge': 'usage',
  'usage/init-ci': 'usage',
  'init/exists': 'usage',
  'init/workflow-exists': 'usage',

  'config/json': 'config',
  'config/invalid': 'config',
  'config/missing': 'config',
  'config/no-file': 'config',
  'config/conflicts-dir': 'config',
  'generator/no-model-endpoint': 'config',

  'input/no-source': 'input',
  'input/no-snapshot': 'input',
  'input/missing': 'input',
  'input/not-a-file': 'input',
  'input/not-a-snapshot': 'input',
  'input/snapshot-meta': 'input',
  'input/json': 'input',
  'input/shape': 'input',
  'input/error-response': 'input',
  'input/nodes': 'input',
  'input/node': 'input',
  'input/children': 'input',
  'input/map': 'input',
  'input/variables': 'input',

  'figma/no-token': 'config',
  'figma/unauthorized': 'config',
  'figma/forbidden': 'config',
  'figma/variables-forbidden': 'config',
  'figma/not-found': 'config',
  'figma/too-large': 'upstream',
  'figma/rate-limited': 'upstream',
  'figma/server': 'upstream',
  'figma/http': 'upstream',
  'figma/network': 'upstream',
  'figma/timeout': 'upstream',
  'figma/malformed': 'upstream',
  'figma/render-download': 'upstream',
  'figma/download-expired': 'upstream',
  'figma/download-too-large': 'upstream',
  'figma/no-version': 'upstream',
  'figma/unexpected': 'upstream',

  'tokens/file-missing': 'input',
  'tokens/bad-json': 'input',
  'tokens/invalid': 'input',
  'tokens/empty-source': 'input',
  'tokens/style-dictionary': 'upstream',

  'ir/unknown-component': 'input',
  'ir/malformed-node': 'input',

  'model/auth': 'upstream',
  'model/not-found': 'upstream',
  'model/insufficient-quota': 'upstream',

  'check/browser-missing': 'input',
  'check/browser-launch': 'input',
  'check/bundle': 'input',

  'report/json': 'input',
  'report/version': 'input',
  'report/invalid': 'input',
  'merge/empty': 'input',
  'merge/not-found': 'input',
  'merge/design': 'input',
  'merge/shard-count': 'input',
  'merge/overlap': 'input',
  'merge/missing': 'input',

  'handoff/locked': 'locked',
  'handoff/git-missing': 'config',
  'handoff/git-push': 'upstream',
  'handoff/git-<command>': 'input',
  'handoff/default-branch': 'input',
  'handoff/wrong-branch': 'input',
  'handoff/staged': 'input',
  'handoff/dirty': 'input',
  'handoff/manifest-json': 'input',
  'handoff/manifest-invalid': 'input',
  'handoff/path-escape': 'input',
  'handoff/github-network': 'upstream',
  'handoff/github-<status>': 'upstream',
} as const satisfies Record<string, ErrorKind>;

type TableCode = keyof typeof ERROR_CODES;
type Expand<C extends string> = C extends `${infer Head}<status>`
  ? `${Head}${number}`
  : C extends `${infer Head}<command>`
    ? `${Head}${string}`
    : C;

/** Every code a `DesignSyncError` can carry. */
export type ErrorCode = Expand<TableCode>;

/** The codes of one kind, for the kind's constructor helper. */
export type ErrorCodeOf<K extends ErrorKind> = Expand<
  { [C in TableCode]: (typeof ERROR_CODES)[C] extends K ? C : never }[TableCode]
>;

const PLACEHOLDER: Record<string, string> = { '<status>': '\\d+', '<command>': '[a-z-]+' };

/** The pattern entries of the table, as regular expressions. */
const PATTERNS = (Object.keys(ERROR_CODES) as TableCode[]).flatMap((key) => {
  const match = /^(.*)(<[a-z]+>)$/.exec(key);
  return match ? [{ key, pattern: new RegExp(`^${match[1]}${PLACEHOLDER[match[2]!]}$`) }] : [];
});

/** The table entry of a code: itself, or the pattern it matches. */
function entry(code: ErrorCode): TableCode {
  if (Object.hasOwn(ERROR_CODES, code)) return code as TableCode;
  const found = PATTERNS.find(({ pattern }) => pattern.test(code));
  if (!found) throw new Error(`error code not in the table: ${code}`);
  return found.key;
}

/** The kind of an error code, read from the table. */
export function errorKind(code: ErrorCode): ErrorKind {
  return ERROR_CODES[entry(code)];
}

/** The exit code the CLI exits with for an error code. */
export function exitCodeOf(code: ErrorCode): ExitCode {
  return ERROR_KIND[errorKind(code)];
}
