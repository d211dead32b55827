/**
 * An SVG file Figma exported, as the element tree of an inline icon: sanitised (it is untrusted),
 * optimised with SVGO (ids prefixed per icon, so two icons on a page never share a clip path),
 * parsed into ir elements, and drawn in `currentColor` when it paints with one colour.
 */
import { optimizeSvg } from '../svg/optimize-svg.ts';
import type { IrSvgElement } from './types.ts';

export interface SvgMarkup {
  viewBox: string | undefined;
  /** The children of the root <svg> (its own <title> and <desc> left out: the ir names icons). */
  elements: IrSvgElement[];
  /** The one colour it painted with, now `currentColor`; undefined when it has several or none. */
  colour: string | undefined;
}

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*"([^"]*)")?/g;
const PAINTS = ['fill', 'stroke'];
/** Subtrees that shape other elements instead of painting. */
const NON_PAINTING = new Set(['clipPath', 'mask', 'defs']);
const TEXT_ELEMENTS = new Set(['title', 'desc', 'text', 'tspan']);

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

function parse(svg: string): { root: IrSvgElement | undefined } {
  const stack: IrSvgElement[] = [];
  let root: IrSvgElement | undefined;
  for (const match of svg.matchAll(TAG)) {
    if (match[5] !== undefined) {
      const parent = stack.at(-1);
      if (parent && TEXT_ELEMENTS.has(parent.tag) && match[5].trim() !== '')
        parent.children.push({ tag: '#text', attributes: {}, children: [], text: decode(match[5]) });
      continue;
    }
    const tag = match[2]!;
    if (match[1] === '/') {
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (match[3] ?? '').matchAll(ATTRIBUTE)) attributes[a[1]!] = decode(a[2] ?? '');
    const element: IrSvgElement = { tag, attributes, children: [] };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    if (match[4] !== '/') stack.push(element);
  }
  return { root };
}

/** The colours the drawing paints with (outside clip paths and masks). */
function paintColours(elements: IrSvgElement[], out: Set<string>): void {
  for (const el of elements) {
    if (NON_PAINTING.has(el.tag) || el.tag === '#text') continue;
    for (const key of PAINTS) {
      const value = el.attributes[key]?.trim().toLowerCase();
      if (value && value !== 'none' && value !== 'currentcolor' && !value.startsWith('url(')) out.add(value);
    }
    if (el.tag === 'stop' || el.tag === 'linearGradient' || el.tag === 'radialGradient') out.add('gradient');
    paintColours(el.children, out);
  }
}

/** A clip path takes only the geometry of its shapes: their paint attributes are noise (and raw colours). */
function unpaintClips(elements: IrSvgElement[], inClip = false): void {
  for (const el of elements) {
    const clip = inClip || el.tag === 'clipPath';
    if (clip) for (const key of PAINTS) delete el.attributes[key];
    unpaintClips(el.children, clip);
  }
}

function recolour(elements: IrSvgElement[]): void {
  for (const el of elements) {
    if (NON_PAINTING.has(el.tag)) continue;
    for (const key of PAINTS) {
      const value = el.attributes[key]?.trim().toLowerCase();
      if (value && value !== 'none' && !value.startsWith('url(')) el.attributes[key] = 'currentColor';
    }
    recolour(el.children);
  }
}

/**
 * The inline form of an exported SVG, or undefined when nothing drawable is left after
 * sanitising. `idPrefix` keeps its ids unique on a page; `useCurrentColor` false keeps its colours.
 */
export function svgMarkup(text: string, idPrefix: string, useCurrentColor = true): SvgMarkup | undefined {
  const { root } = parse(optimizeSvg(text, idPrefix));
  if (!root || root.tag !== 'svg') return undefined;
  const elements = root.children.filter((c) => c.tag !== 'title' && c.tag !== 'desc');
  if (elements.length === 0) return undefined;
  const colours = new Set<string>();
  paintColours(elements, colours);
  const colour = colours.size === 1 && !colours.has('gradient') ? [...colours][0] : undefined;
  if (colour && useCurrentColor) recolour(elements);
  unpaintClips(elements);
  return { viewBox: root.attributes.viewBox, elements, colour };
}
