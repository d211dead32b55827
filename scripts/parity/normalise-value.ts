import { converter, parse } from 'culori';
import valueParser from 'postcss-value-parser';

/**
 * A CSS value in one canonical spelling, so two stylesheets that mean the same compare equal:
 * colours as rgb()/rgba() with integer channels and alpha at 8 bits (as #rrggbbaa holds it), numbers without trailing
 * zeros, 0 for any zero length, durations in ms, one space after commas, no quotes around
 * family names in a list. Different meanings stay different: 1rem is not 16px, "Regular" is not 400.
 */
export function normaliseValue(value: string): string {
  const parsed = valueParser(value.replace(/\s+/g, ' ').trim());
  const single = parsed.nodes.length === 1 && parsed.nodes[0]?.type === 'word';
  // Quotes only fall away in a comma list (font families): `"auto"` is a string, not the keyword.
  const list = parsed.nodes.some((n) => n.type === 'div' && n.value === ',');
  parsed.walk((node) => {
    if (node.type === 'function' && /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)$/i.test(node.value)) {
      const css = asColor(valueParser.stringify(node));
      if (css !== undefined) replace(node, css);
      return false;
    }
    if (node.type === 'word') {
      if (/^#[0-9a-f]{3,8}$/i.test(node.value) || (single && /^[a-z]+$/i.test(node.value))) {
        const css = asColor(node.value);
        if (css !== undefined) replace(node, css);
        return;
      }
      replace(node, number(node.value));
      return;
    }
    if (node.type === 'string' && list && !GENERIC.has(node.value.toLowerCase())) replace(node, node.value.trim());
    if (node.type === 'div') (node as { before: string; after: string }).before = '';
    if (node.type === 'div' && node.value === ',') (node as { after: string }).after = ' ';
    if (node.type === 'space') (node as { value: string }).value = ' ';
    return;
  });
  return valueParser.stringify(parsed.nodes).trim();
}

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'inherit', 'initial']);

function replace(node: valueParser.Node, text: string) {
  const n = node as unknown as { type: string; value: string; nodes?: unknown };
  n.type = 'word';
  n.value = text;
  delete n.nodes;
}

/** "0.5000" -> "0.5", ".5rem" -> "0.5rem", "0px" -> "0", "0.2s" -> "200ms"; other words unchanged. */
function number(word: string): string {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]*)$/i.exec(word);
  if (!match) return word;
  let n = Number(match[1]);
  let unit = (match[2] ?? '').toLowerCase();
  if (unit === 's') {
    n *= 1000;
    unit = 'ms';
  }
  const text = String(Math.round(n * 10_000) / 10_000);
  if (n === 0 && /^(px|rem|em|%|vh|vw|pt|ch|ex)$/.test(unit)) return '0';
  return `${text}${unit}`;
}

/** Any CSS colour as rgb()/rgba() with integer channels; undefined when culori cannot read it. */
function asColor(text: string): string | undefined {
  const color = parse(text);
  if (!color) return undefined;
  const { r, g, b } = converter('rgb')(color);
  const channel = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);
  // Alpha at the 8 bits #rrggbbaa holds: a build that writes 0.12 as #…1f (0.122) means the same colour.
  const alpha = color.alpha === undefined ? 1 : Math.round(Math.round(color.alpha * 255) / 0.255) / 1000;
  const rgb = `${channel(r)}, ${channel(g)}, ${channel(b)}`;
  return alpha === 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${alpha})`;
}
