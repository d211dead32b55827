import postcss from 'postcss';

/** Custom-property blocks of a CSS (or SCSS-free) stylesheet, read with postcss. Pure: text in, blocks out. */

export interface CssBlock {
  /** The rule's selectors, each trimmed ("[data-a="x"], [data-b]" gives two). */
  selectors: string[];
  /** Custom properties in declaration order; a later declaration of the same name wins. */
  props: Map<string, string>;
}

/** Every rule that declares custom properties, in source order (rules inside @media etc. are skipped). */
export function readCssBlocks(css: string, from = 'input.css'): CssBlock[] {
  const root = postcss.parse(css, { from });
  const blocks: CssBlock[] = [];
  root.each((node) => {
    if (node.type !== 'rule') return;
    const props = new Map<string, string>();
    node.each((child) => {
      if (child.type === 'decl' && child.prop.startsWith('--')) props.set(child.prop, child.value.trim());
    });
    if (props.size > 0) blocks.push({ selectors: node.selectors.map((s) => s.trim()), props });
  });
  return blocks;
}
