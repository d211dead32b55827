/**
 * The ir: a small typed model between Figma JSON and code. The ir builder fills it from a Design
 * and a TokenIndex; the deterministic and the model generator both turn it into files. Every
 * style value has already been looked up in the token index, so generators never see raw Figma.
 */
import type { TokenRef } from '../tokens/token-index.ts';

/** One value in a CSS declaration. */
export type StyleValue =
  /** A design token, used as `var(--token)`. `approximate` records a nearest-within-tolerance match. */
  | { kind: 'token'; token: TokenRef; approximate?: { distance: number; unit: 'deltaE2000' | 'px' } }
  /** A design value no token matches: a token-lint finding. `value` is CSS text ("13px", "#ff0000"). */
  | { kind: 'raw'; value: string; nearest?: { token: TokenRef; distance: number; unit: 'deltaE2000' | 'px' } }
  /** A CSS keyword or structural value that tokens do not cover ("flex", "column", "100%", "0"). */
  | { kind: 'keyword'; value: string };

/** A CSS value built from style values: `0 2px 4px var(--shadow)`, `linear-gradient(...)`. */
export type CssValue =
  | StyleValue
  | { kind: 'list'; separator: ' ' | ', ' | ' / '; items: CssValue[] }
  | { kind: 'fn'; name: string; args: CssValue[] };

/** CSS declarations by kebab-case property, in insertion order (deterministic output). */
export type IrStyle = Record<string, CssValue>;

/** A component property. Names are valid camelCase TypeScript identifiers, unique in the component. */
export type IrProp =
  /** `values` are the code values (kebab-case), `figmaValues` the designer's, in the same order. */
  | {
      kind: 'variant';
      name: string;
      figmaName: string;
      values: string[];
      figmaValues: string[];
      default: string;
      description: string;
      /** Values are exactly "false" and "true": rendered as a boolean prop. */
      boolean?: true;
      /** Values that are interaction states (hover, pressed, focus, disabled), by code value. */
      interactions?: Record<string, IrInteraction>;
    }
  | { kind: 'boolean'; name: string; figmaName: string; default: boolean; description: string }
  | { kind: 'text'; name: string; figmaName: string; default: string; description: string }
  /**
   * INSTANCE_SWAP: a ReactNode slot; the default instance renders when the prop is absent.
   * `defaultComponent` is the Figma id of that default ('' when the file does not say).
   */
  | { kind: 'slot'; name: string; figmaName: string; description: string; defaultComponent: string }
  /** An accessible name for a component that has no visible text (icon-only buttons, icons). */
  | { kind: 'label'; name: string; figmaName: string; default: string; description: string }
  /** An image fill: the consumer passes the image URL. */
  | { kind: 'image'; name: string; figmaName: string; description: string };

export type IrPropKind = IrProp['kind'];

/** An interaction state a browser tracks itself, so CSS can follow it without the prop. */
export type IrInteraction = 'hover' | 'active' | 'focus' | 'disabled';

/** What a node is for, which decides its element and ARIA. */
export type IrRole =
  | 'button'
  | 'link'
  | 'input'
  | 'checkbox'
  | 'switch'
  | 'heading'
  | 'image'
  | 'icon'
  | 'list'
  | 'listitem'
  | 'text'
  | 'container';

/** A value passed to a prop of a nested generated component. */
export type IrPropValue =
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** Forward one of the enclosing component's props. */
  | { kind: 'prop'; prop: string }
  /** An element for a slot prop: the instance a designer swapped in (`icon={<CheckIcon />}`). */
  | { kind: 'node'; node: IrNode };

export interface IrSvgPath {
  d: string;
  fillRule: 'nonzero' | 'evenodd';
  /** Fill or stroke colour; undefined renders `currentColor`. */
  fill?: CssValue;
  stroke?: CssValue;
  strokeWidth?: number;
  /** SVG transform placing the path inside the icon (paths are relative to their own layer). */
  transform?: string;
}

/** What a node renders inside its element. */
export type IrContent =
  | { kind: 'children'; children: IrNode[] }
  /** Text; `prop` names a TEXT prop that replaces it; `variants` holds other variants' texts. */
  | { kind: 'text'; text: string; prop?: string; variants?: Array<{ when: IrCondition; text: string }> }
  /**
   * An inline icon: paths rebuilt from Figma's geometry, or `elements` parsed from the SVG Figma
   * exported; `title` names it when it carries meaning (else it is aria-hidden).
   */
  | {
      kind: 'svg';
      viewBox: string;
      width: number;
      height: number;
      paths: IrSvgPath[];
      elements?: IrSvgElement[];
      title?: string;
    }
  /** An INSTANCE_SWAP slot; `fallback` renders when the prop is absent. */
  | { kind: 'slot'; prop: string; fallback: IrNode | undefined }
  /** A nested instance of another generated component. */
  | {
      kind: 'instance';
      component: string;
      props: Record<string, IrPropValue>;
      /** Other variants render another component here (a swapped icon per tone). */
      alternatives?: Array<{ when: IrCondition; component: string; props: Record<string, IrPropValue> }>;
    }
  | { kind: 'image'; prop: string }
  /** A drawing kept as a file beside the component (an icon, an illustration, an image fill). */
  | { kind: 'asset'; asset: IrAsset }
  | { kind: 'empty' };

/** An element of an exported SVG (sanitised, attribute values unescaped); `#text` is a text node. */
export interface IrSvgElement {
  tag: string;
  attributes: Record<string, string>;
  children: IrSvgElement[];
  text?: string;
}

/**
 * An asset file of a component: an SVG or PNG the snapshot holds for the node, or a crop of the
 * Figma render of an enclosing frame. The ir only says where the bytes come from; the generate
 * stage reads them (generator/generate/asset-files.ts).
 */
export interface IrAsset {
  /** The Figma node drawn. */
  nodeId: string;
  /** File name inside the component's `assets/` folder, unique in the component. */
  file: string;
  format: 'svg' | 'png' | 'jpg';
  /** Identifier the component imports the file as. */
  binding: string;
  /** Size of the element in CSS px. */
  width: number;
  height: number;
  /** Accessible name ('' when decorative). */
  alt: string;
  source:
    | { kind: 'stored'; path: string }
    /** A rectangle of a render, in the render's pixels. */
    | { kind: 'crop'; render: string; x: number; y: number; width: number; height: number };
}

/** A condition on the enclosing component's props (all entries must hold). */
export type IrCondition = Record<string, string | boolean>;

/** Style overrides that apply when a condition on props holds (variant differences). */
export interface IrOverride {
  when: IrCondition;
  style: IrStyle;
}

/** An attribute that is true when the prop has one of the values. */
export interface IrBinding {
  attribute: string;
  prop: string;
  values: Array<string | boolean>;
}

export interface IrNode {
  /** Figma node id (of the default variant, for variant components). */
  id: string;
  /** The Figma layer name, for messages and headers; never used raw as an identifier. */
  name: string;
  /** CSS module class name: a valid identifier, unique within the component. */
  className: string;
  /** The host element, e.g. "div", "button", "span", "h2", "svg", "img". */
  tag: string;
  role: IrRole;
  /** Heading level when role is heading. */
  level?: number;
  /** Static attributes (aria-*, type, alt, role). */
  attributes: Record<string, string | boolean>;
  /** Attributes computed from props: `aria-checked={checked === 'on'}`, `disabled={state === 'disabled'}`. */
  bindings?: IrBinding[];
  /** Attributes set from props: `placeholder={placeholder}`. */
  propAttributes?: Record<string, string>;
  /** Receives the consumer's props (`...rest`) instead of the root: the <input> of a text field. */
  host?: true;
  /**
   * The element gets an id derived from the control's (`id` prop, else a generated one): '' is the
   * control's own id, any other string a suffix (`${id}-helper-text`).
   */
  elementId?: string;
  /**
   * An image fill behind the node's children: the image prop that sets its CSS background image
   * ('' until the component names its props).
   */
  backgroundImage?: string;
  /** Attributes that point at other elements by their `elementId`: `htmlFor`, `aria-describedby`. */
  idRefs?: Record<string, string[]>;
  style: IrStyle;
  overrides: IrOverride[];
  /** The node renders only when ANY of these conditions holds; undefined renders always. */
  visibleWhen?: IrCondition[];
  content: IrContent;
}

export type IrComponentKind = 'component-set' | 'component' | 'frame';

/** A variant component of a set: which prop values it stands for (used for stories and checks). */
export interface IrVariant {
  nodeId: string;
  name: string;
  values: Record<string, string>;
}

/** A finding about a value that is not on a token, or a feature rendered approximately. */
export interface IrFinding {
  nodeId: string;
  /**
   * `unresolved-variable`: the design binds a variable the token index does not know (no variables
   * response, a remote library); the value is then matched like a raw one.
   * `invisible`: a visible layer whose paint ends at alpha 0 (text whose stacked fills composite
   * to a transparent colour), so it draws nothing. `asset-fallback`: the snapshot holds no asset
   * for a drawn node, so it is cropped from a render or left a placeholder.
   */
  kind: 'raw-value' | 'approximate' | 'unsupported' | 'unresolved-variable' | 'invisible' | 'asset-fallback';
  message: string;
}

export interface IrStats {
  nodes: number;
  exact: number;
  approximate: number;
  raw: number;
  /** Bound variables the token index does not know (their values count as approximate or raw). */
  unresolved?: number;
}

export interface IrComponent {
  /** PascalCase component name: a valid identifier, unique among generated components. */
  name: string;
  /** The Figma name as the designer wrote it. */
  figmaName: string;
  nodeId: string;
  kind: IrComponentKind;
  description: string;
  /** Role of the root element. */
  role: IrRole;
  props: IrProp[];
  /** Variant components (component sets only), default first. */
  variants: IrVariant[];
  root: IrNode;
  /** Names of other generated components this one renders. */
  dependencies: string[];
  findings: IrFinding[];
  stats: IrStats;
  /** Size of the default variant in Figma, px. */
  size: { width: number; height: number };
}
