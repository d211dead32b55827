/**
 * Runs inside the check page (bundled by esbuild with the stories, never imported by Node code).
 * Renders CSF3 stories with React 19 and measures them, exposing `window.__designSync` for the
 * Node side to drive through `page.evaluate`.
 */
import { Component, createElement, type ComponentType, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type {
  PageApi,
  PageDomNode,
  PageRenderOptions,
  PageRenderResult,
  PageResponsiveResult,
  PageStory,
} from './page-api.ts';
import { modeAttributes } from '../theme-modes.ts';

type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContext) => ReactNode;
type Decorator = (story: ComponentType, context: StoryContext) => ReactNode;
interface StoryContext {
  args: Args;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  id: string;
  name: string;
  viewMode: 'story';
}
interface CsfAnnotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
  parameters?: Record<string, unknown>;
  name?: string;
  component?: ComponentType<Args>;
  title?: string;
}
type CsfModule = Record<string, unknown> & { default?: CsfAnnotations };

interface Prepared extends PageStory {
  element: (mode: string) => ReactNode;
}

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Applies CSF3 the way Storybook does for what generated stories use: args, render, decorators, parameters. */
function prepare(
  component: string,
  exportName: string,
  story: CsfAnnotations | Render,
  meta: CsfAnnotations,
): Prepared {
  const annotations: CsfAnnotations = typeof story === 'function' ? { render: story } : story;
  const args = { ...meta.args, ...annotations.args };
  const parameters = { ...meta.parameters, ...annotations.parameters };
  const key = `${kebab(component)}--${kebab(exportName)}`;
  const name = annotations.name ?? exportName;
  const render: Render =
    annotations.render ?? meta.render ?? ((a) => (meta.component ? createElement(meta.component, a) : null));
  const decorators = [...asArray(annotations.decorators), ...asArray(meta.decorators)];
  const designSync = parameters.designSync as { fileKey?: string; nodeId?: string } | undefined;
  return {
    key,
    title: meta.title ?? component,
    component,
    exportName,
    name,
    designSync: designSync?.nodeId ? { fileKey: designSync.fileKey, nodeId: designSync.nodeId } : undefined,
    element: (mode) => {
      const context: StoryContext = { args, parameters, globals: { theme: mode }, id: key, name, viewMode: 'story' };
      const wrapped = decorators.reduce<ComponentType>(
        (inner, decorator) => {
          const Decorated = () => decorator(inner, context);
          return Decorated;
        },
        () => render(args, context),
      );
      return createElement(wrapped);
    },
  };
}

class Boundary extends Component<{ onError: (error: Error) => void; children?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function box(rect: DOMRect, origin: DOMRect) {
  return { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
}

function domPath(el: Element, root: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== root.parentElement; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    const index = parent ? Array.prototype.indexOf.call(parent.children, node) + 1 : 1;
    parts.unshift(node === root ? node.tagName.toLowerCase() : `${node.tagName.toLowerCase()}:nth-child(${index})`);
  }
  return parts.join(' > ');
}

/** Element and text children as layout sees them: hidden elements dropped, display:contents flattened. */
function layoutChildren(el: Element): Array<Element | Text> {
  const out: Array<Element | Text> = [];
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      if ((child.textContent ?? '').trim()) out.push(child as Text);
    } else if (child instanceof Element) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || child.tagName === 'STYLE' || child.tagName === 'SCRIPT') continue;
      if (style.display === 'contents') out.push(...layoutChildren(child));
      else out.push(child);
    }
  }
  return out;
}

/** The product of the `opacity` of the element and its ancestors up to the story's root. */
function effectiveOpacity(el: Element, root: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node && node !== root.parentElement; node = node.parentElement) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

function measureTree(el: Element, root: Element, origin: DOMRect): PageDomNode {
  const drawn = el.tagName === 'IMG';
  return {
    path: domPath(el, root),
    text: false,
    ...(drawn ? { drawn } : {}),
    box: box(el.getBoundingClientRect(), origin),
    children: (drawn ? [] : layoutChildren(el)).map((child) => {
      if (child instanceof Element) return measureTree(child, root, origin);
      const range = document.createRange();
      range.selectNodeContents(child);
      return {
        path: `${domPath(el, root)} > #text`,
        text: true,
        box: box(range.getBoundingClientRect(), origin),
        children: [],
        content: child.textContent ?? '',
        color: getComputedStyle(el).color,
        opacity: effectiveOpacity(el, root),
      };
    }),
  };
}

function overlaps(root: Element): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const visit = (el: Element) => {
    const inFlow = Array.from(el.children).filter((child) => {
      const style = getComputedStyle(child);
      return style.display !== 'none' && style.position !== 'absolute' && style.position !== 'fixed';
    });
    const rects = inFlow.map((child) => child.getBoundingClientRect());
    for (let i = 0; i < rects.length && found.length < 20; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Sub-pixel touching is rounding, not overlap.
        if (w > 1 && h > 1) found.push([domPath(inFlow[i]!, root), domPath(inFlow[j]!, root)]);
      }
    }
    for (const child of inFlow) if (!(child instanceof SVGElement)) visit(child);
  };
  visit(root);
  return found;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Registers the stories and installs `window.__designSync`. */
export function installRuntime(modules: Record<string, CsfModule>): void {
  const stories = new Map<string, Prepared>();
  for (const [component, module] of Object.entries(modules)) {
    const meta = module.default ?? {};
    const order = (module.__namedExportsOrder as string[] | undefined) ?? Object.keys(module);
    for (const exportName of order) {
      const story = module[exportName];
      if (exportName === 'default' || exportName === '__namedExportsOrder') continue;
      if (typeof story !== 'function' && (typeof story !== 'object' || story === null)) continue;
      const prepared = prepare(component, exportName, story as CsfAnnotations | Render, meta);
      stories.set(prepared.key, prepared);
    }
  }
  const stage = document.getElementById('stage')!;
  let root: Root = createRoot(stage);
  let renderCount = 0;
  let modeAttributeNames: string[] = [];

  const rootElement = () => stage.firstElementChild;

  const api: PageApi = {
    list: () => [...stories.values()].map(({ element: _, ...story }) => story),
    async render(key: string, options: PageRenderOptions): Promise<PageRenderResult> {
      const story = stories.get(key);
      if (!story) return { ok: false, error: `no story ${key}` };
      // One mode at a time: the attributes of the previous mode go before this one's are set.
      for (const name of modeAttributeNames) document.documentElement.removeAttribute(name);
      modeAttributeNames = [];
      for (const [name, value] of Object.entries(modeAttributes(options.mode))) {
        document.documentElement.setAttribute(name, value);
        modeAttributeNames.push(name);
      }
      stage.style.width = options.width === undefined ? '' : `${options.width}px`;
      stage.style.height = options.height === undefined ? '' : `${options.height}px`;
      let error: Error | undefined;
      // A fresh root per story: no state or effects leak from the previous story.
      root.unmount();
      root = createRoot(stage);
      renderCount++;
      try {
        flushSync(() => {
          root.render(
            createElement(
              Boundary,
              { key: renderCount, onError: (e: Error) => void (error = e) },
              story.element(options.mode),
            ),
          );
        });
      } catch (e) {
        error = e as Error;
      }
      await document.fonts.ready;
      await nextFrame();
      if (error) return { ok: false, error: error.message };
      const el = rootElement();
      if (!el) return { ok: false, error: 'the story rendered nothing' };
      const rect = el.getBoundingClientRect();
      return { ok: true, box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height } };
    },
    measure() {
      const el = rootElement();
      return el ? measureTree(el, el, el.getBoundingClientRect()) : undefined;
    },
    responsive(width: number): PageResponsiveResult | undefined {
      const el = rootElement();
      if (!el) return undefined;
      const rect = el.getBoundingClientRect();
      return {
        width,
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        overflow: el.scrollWidth > el.clientWidth + 1 || rect.width > width + 1,
        overlaps: overlaps(el),
      };
    },
    settle() {
      // What a screenshot with animations disabled and the caret hidden sees; the next render mounts afresh.
      for (const animation of document.getAnimations()) {
        if (!animation.effect || animation.playbackRate === 0) continue;
        try {
          if (Number.isFinite(animation.effect.getComputedTiming().endTime)) animation.finish();
          else animation.cancel();
        } catch {
          // An animation that cannot finish (no timeline) is left as it is.
        }
      }
      for (const el of document.querySelectorAll<HTMLElement>('input,textarea,[contenteditable]'))
        el.style.setProperty('caret-color', 'transparent', 'important');
    },
  };
  (window as unknown as { __designSync: PageApi }).__designSync = api;
}
