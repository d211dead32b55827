/**
 * The CSS module of a component: one class per element, variant overrides as attribute selectors
 * on the root (`.root[data-size='large'] .label`), values only from token variables where tokens exist.
 */
import type { IrComponent, IrCondition, IrInteraction, IrStyle } from '../ir/types.ts';
import { kebabCase } from '../ir/identifiers.ts';
import { cssValue } from '../ir/css-value.ts';
import { cssHeader } from './header.ts';
import { walkIr as walk } from '../ir/walk.ts';

function declarations(style: IrStyle): string[] {
  return Object.entries(style).map(([property, value]) => `  ${property}: ${cssValue(value)};`);
}

/** A CSS string literal for an attribute selector. */
const attrValue = (value: string) => `'${value.replace(/[\\'\n]/g, (c) => (c === '\n' ? '\\a ' : `\\${c}`))}'`;

export function conditionSelector(when: IrCondition): string {
  return Object.entries(when)
    .map(([prop, value]) => `[data-${kebabCase(prop)}=${attrValue(String(value))}]`)
    .join('');
}

/**
 * Pseudo-classes for interaction states on the root. A control root reacts itself; a wrapper
 * (a text field's root around its <input>) reacts to what happens inside it. Hover, press and
 * focus never show on a disabled control, which also makes them outrank the resting state.
 */
function pseudoClass(state: IrInteraction, control: boolean): string {
  const enabled = control ? ':not(:disabled)' : ':not(:has(:disabled))';
  switch (state) {
    case 'hover':
      return `:hover${enabled}`;
    case 'active':
      return `:active${enabled}`;
    case 'focus':
      return control ? `:focus-visible${enabled}` : `:focus-within${enabled}`;
    case 'disabled':
      return control ? ':disabled' : ':has(:disabled)';
  }
}

/**
 * The root selectors for a condition: the data attributes the props set and, when the condition
 * names an interaction state, the same rule for the browser's own state (`.root:hover`), so the
 * component reacts without the prop.
 */
export function rootSelectors(when: IrCondition, component: IrComponent): string[] {
  const selectors = [`.root${conditionSelector(when)}`];
  const control = /^(button|a|input|select|textarea)$/.test(component.root.tag);
  for (const [prop, value] of Object.entries(when)) {
    const definition = component.props.find((p) => p.kind === 'variant' && p.name === prop);
    const state = definition?.kind === 'variant' ? definition.interactions?.[String(value)] : undefined;
    if (!state) continue;
    const others = Object.fromEntries(Object.entries(when).filter(([key]) => key !== prop));
    selectors.push(`.root${conditionSelector(others)}${pseudoClass(state, control)}`);
  }
  return selectors;
}

/**
 * Element defaults that would otherwise leak into the design (UA margins, button chrome). Every
 * selector sits inside :where() so the reset has zero specificity: it must never beat the class
 * of a nested generated component (a <Button> inside a card keeps its own padding and colours).
 */
const RESETS = `:where(.root, .root *) {
  box-sizing: border-box;
}

:where(.root) :where(h1, h2, h3, h4, h5, h6, p, ul, li) {
  margin: 0;
  padding: 0;
}

:where(button.root, .root button) {
  appearance: none;
  margin: 0;
  padding: 0;
  border: none;
  background: none;
  font: inherit;
  color: inherit;
  text-align: inherit;
  cursor: pointer;
}

:where(a.root, .root a) {
  color: inherit;
  text-decoration: none;
}

:where(ul.root) {
  list-style: none;
}
`;

export function renderCss(component: IrComponent): string {
  const blocks: string[] = [];
  const overrides: string[] = [];
  walk(component.root, (node) => {
    const lines = declarations(node.style);
    if (lines.length > 0 || node === component.root) blocks.push(`.${node.className} {\n${lines.join('\n')}\n}`);
    for (const override of node.overrides) {
      const lines2 = declarations(override.style);
      if (lines2.length === 0) continue;
      const selector = rootSelectors(override.when, component)
        .map((root) => (node === component.root ? root : `${root} .${node.className}`))
        .join(',\n');
      overrides.push(`${selector} {\n${lines2.join('\n')}\n}`);
    }
  });
  return `${cssHeader(component)}\n${RESETS}\n${[...blocks, ...overrides].join('\n\n')}\n`;
}
