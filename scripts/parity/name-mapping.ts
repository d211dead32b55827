/**
 * How one system's CSS names line up with ours: a rule, not a list. Both sides drop their prefix
 * and are then compared on kebab-case words, so "--bgColor-muted" and "--bg-color-muted" meet.
 */
export interface NameRule {
  /** Prefix the published CSS puts before the token path ("pf-t--"); dropped before comparing. */
  theirPrefix?: string;
  /** Prefix our build puts before the token path; dropped before comparing. */
  ourPrefix?: string;
}

/** The comparison key of a custom property name ("--bgColor-muted" -> "bg-color-muted"), or undefined when the prefix is absent. */
export function nameKey(name: string, prefix: string | undefined): string | undefined {
  let body = name.replace(/^--/, '');
  if (prefix) {
    if (!body.startsWith(prefix)) return undefined;
    body = body.slice(prefix.length);
  }
  return words(body);
}

/** Lower-case words joined by "-": "bgColor-muted", "bg_color--muted" and "bg-color-muted" all give "bg-color-muted". */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}

/** Re-keys a name -> value map by comparison key; names whose key collides keep the first. */
export function keyed(
  values: ReadonlyMap<string, string>,
  prefix: string | undefined,
): Map<string, { name: string; value: string }> {
  const out = new Map<string, { name: string; value: string }>();
  for (const [name, value] of values) {
    const key = nameKey(name, prefix);
    if (key !== undefined && !out.has(key)) out.set(key, { name, value });
  }
  return out;
}
