/**
 * SVG from Figma (or anywhere) is untrusted: rebuilt from an allowlist of drawing elements and
 * attributes. Scripts, event handlers, foreignObject, style sheets, entities, comments and every
 * reference that leaves the document (href or url() not pointing at `#id`) are dropped, and
 * what was dropped is listed, so the gate can reject an SVG that still needs it.
 */

const ELEMENTS = new Set(
  (
    'svg g path rect circle ellipse line polyline polygon defs clipPath mask linearGradient radialGradient stop ' +
    'title desc text tspan use symbol pattern image filter feBlend feColorMatrix feComposite feFlood feGaussianBlur feMerge ' +
    'feMergeNode feOffset feMorphology feDropShadow'
  ).split(' '),
);

/** Elements that only draw what their href points at: without a safe href they are dropped whole. */
const REFERENCING = new Set(['use', 'image']);

/** Elements whose text content is kept (escaped). */
const TEXT_ELEMENTS = new Set(['title', 'desc', 'text', 'tspan']);

const SAFE_IMAGE = /^data:image\/(png|jpe?g|webp|gif);base64,[A-Za-z0-9+/=\s]*$/;
const LOCAL_REF = /^#[A-Za-z_][\w.:-]*$/;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>|[^<]+|</g;

export interface SanitizedSvg {
  svg: string;
  /** What was dropped, e.g. `<script>`, `onload`, `href "https://..."`. Empty for a clean file. */
  removed: string[];
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Only `url(#id)` references stay; anything else in a value (external urls, expressions) is unsafe. */
function unsafeValue(value: string): boolean {
  const urls = value.match(/url\s*\(([^)]*)\)/gi) ?? [];
  if (urls.some((u) => !LOCAL_REF.test(u.replace(/^url\s*\(\s*['"]?|['"]?\s*\)$/gi, '')))) return true;
  return /javascript:|expression\s*\(|&[A-Za-z]/i.test(value);
}

function cleanAttributes(tag: string, text: string, removed: string[]): string {
  const out: string[] = [];
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]!;
    const value = match[2] ?? match[3] ?? '';
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) {
      removed.push(`${lower} handler`);
      continue;
    }
    if (lower === 'href' || lower === 'xlink:href') {
      const ok = LOCAL_REF.test(value) || (tag === 'image' && SAFE_IMAGE.test(value));
      if (!ok) {
        removed.push(`href ${JSON.stringify(value.slice(0, 60))}`);
        continue;
      }
    } else if (unsafeValue(value)) {
      removed.push(`${name} ${JSON.stringify(value.slice(0, 60))}`);
      continue;
    }
    if (!/^[A-Za-z_:][\w:.-]*$/.test(name)) {
      removed.push(`attribute ${JSON.stringify(name.slice(0, 40))}`);
      continue;
    }
    out.push(`${name}="${escapeAttribute(value)}"`);
  }
  return out.length > 0 ? ` ${out.join(' ')}` : '';
}

/** Rebuilds an SVG document from its allowed parts. Text that is not SVG gives an empty svg and a finding. */
export function sanitizeSvg(input: string): SanitizedSvg {
  const removed: string[] = [];
  const out: string[] = [];
  const open: string[] = [];
  /** Depth inside a dropped element: its whole subtree goes. */
  let dropped = 0;
  let sawRoot = false;
  for (const match of input.matchAll(TOKEN)) {
    const token = match[0];
    const tag = match[2];
    if (tag === undefined) {
      if (token.startsWith('<!--') || token.startsWith('<?')) continue;
      if (token.startsWith('<!')) {
        removed.push(token.startsWith('<![CDATA[') ? 'CDATA' : 'DOCTYPE or entity declaration');
        continue;
      }
      if (token === '<') {
        removed.push('stray "<"');
        continue;
      }
      if (dropped === 0 && TEXT_ELEMENTS.has(open.at(-1) ?? '')) {
        if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(token)) removed.push('entity reference');
        out.push(token.replace(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi, '&amp;').replace(/>/g, '&gt;'));
      } else if (token.trim() !== '' && dropped === 0) removed.push('text outside title/desc');
      continue;
    }
    const closing = match[1] === '/';
    const selfClosing = match[4] === '/';
    if (closing) {
      if (dropped > 0) {
        dropped--;
        continue;
      }
      if (open.at(-1) === tag) {
        open.pop();
        out.push(`</${tag}>`);
      }
      continue;
    }
    if (dropped > 0 || !ELEMENTS.has(tag) || (tag === 'svg' && sawRoot && open.length === 0)) {
      if (dropped === 0) removed.push(`<${tag}>`);
      if (!selfClosing) dropped++;
      continue;
    }
    if (open.length === 0 && tag !== 'svg') {
      removed.push(`<${tag}> outside <svg>`);
      if (!selfClosing) dropped++;
      continue;
    }
    if (tag === 'svg' && open.length === 0) sawRoot = true;
    const attributes = cleanAttributes(tag, match[3] ?? '', removed);
    if (REFERENCING.has(tag) && !/\s(xlink:)?href="/.test(attributes)) {
      if (!selfClosing) dropped++;
      continue;
    }
    out.push(`<${tag}${attributes}${selfClosing ? ' />' : '>'}`);
    if (!selfClosing) open.push(tag);
  }
  while (open.length > 0) out.push(`</${open.pop()!}>`);
  if (!sawRoot) {
    removed.push('no <svg> element');
    return { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>\n', removed };
  }
  return { svg: `${out.join('')}\n`, removed };
}
