/**
 * The CSS module of a component: one class per element, variant overrides as attribute selectors
 * on the root (`.root[data-size='large'] .label`), values only from token variables where tokens exist.
 */
import type { IrComponent, IrCondition, IrNode, IrStyle } from '../ir/types.ts';
import { kebabCase } from '../ir/identifiers.ts';
import { cssValue } from './css-value.ts';
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
 * Element defaults that would otherwise leak into the design (UA margins, button chrome). Every
 * selector sits inside :where() so the reset has zero specificity: it must never beat the class
 * of a nested generated component (a <Button> inside a card keeps its own padding and colours).
 */
const RESETS = `:where(.root, .root *) {
  box-sizing: border-box;
}

:where(.root) :where(h1, h2, h3, h4, h5, h6, p, ul, li, label) {
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
      const selector =
        node === component.root
          ? `.root${conditionSelector(override.when)}`
          : `.root${conditionSelector(override.when)} .${node.className}`;
      overrides.push(`${selector} {\n${lines2.join('\n')}\n}`);
    }
  });
  return `${cssHeader(component)}\n${RESETS}\n${[...blocks, ...overrides].join('\n\n')}\n`;
}
