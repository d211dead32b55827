import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { renderCss } from '../../generator/generate/render-css.ts';
import { renderTsx } from '../../generator/generate/render-tsx.ts';
import { readDesign } from '../../generator/source/load-design.ts';
import type { IrComponent } from '../../generator/ir/types.ts';
import { defaultOptions } from '../ir/kit.ts';
import { fixtureTokenIndex } from '../ir/token-index-fixture.ts';

// The bundled sample is part of the project (npm run sample rebuilds it).
const SAMPLE = new URL('../../.design-sync/snapshots/DesignSyncSampleKit01', import.meta.url).pathname;

describe('rendering the bundled sample kit', async () => {
  const design = await readDesign(SAMPLE);
  const { components } = buildIr(design, fixtureTokenIndex(), defaultOptions());
  const byName = Object.fromEntries(components.map((c) => [c.name, c])) as Record<string, IrComponent>;
  const tsx = (name: string) => renderTsx(byName[name]!, components);
  const css = (name: string) => renderCss(byName[name]!);

  it('resets elements with zero specificity, so a nested component keeps its own padding and colours', () => {
    const text = css('Card');
    expect(text).toContain(':where(button.root, .root button) {');
    expect(text).toContain(':where(.root, .root *) {');
    expect(text).not.toMatch(/^\.root :where\(/m);
  });

  it('maps interaction variants to pseudo-classes on the root besides the data attribute', () => {
    expect(css('Button')).toContain(
      ".root[data-variant='primary'][data-state='hover'],\n.root[data-variant='primary']:hover:not(:disabled) {",
    );
    expect(css('Button')).toContain(
      ".root[data-variant='primary'][data-state='disabled'],\n.root[data-variant='primary']:disabled {",
    );
    // A text field's root wraps the <input>: it follows focus and the disabled state inside it.
    expect(css('TextField')).toContain(
      ".root[data-state='focus'] .input,\n.root:focus-within:not(:has(:disabled)) .input {",
    );
    expect(css('TextField')).toContain(".root[data-state='disabled'] .label,\n.root:has(:disabled) .label {");
  });

  it('renders a slot without a wrapper element: the default instance takes the slot class', () => {
    const text = tsx('IconButton');
    expect(text).toContain('{icon ?? <CloseIcon className={styles.iconClose} />}');
    expect(text).not.toContain('<span');
    // Unformatted text (Prettier runs later): the condition keeps its parentheses.
    expect(tsx('Button')).toContain('{(showIcon) && (icon ?? <PlusIcon className={styles.iconPlus} />)}');
  });

  it('passes the instance a designer swapped into a slot as an element sized by the parent', () => {
    expect(tsx('Card')).toContain('icon={<CheckIcon className={styles.iconCheck} />}');
    expect(css('Card')).toMatch(/\.iconCheck \{\n {2}flex-shrink: 0;\n {2}width: 20px;/);
  });

  it('labels the text field input with <label for>, describes it by its helper text, ids from useId or the id prop', () => {
    const text = tsx('TextField');
    expect(text).toContain("import { useId, type ComponentPropsWithoutRef } from 'react';");
    expect(text).toContain('const controlId = id ?? fallbackId;');
    expect(text).toContain('<label htmlFor={controlId} className={styles.label}>');
    expect(text).toContain('aria-describedby={showHelper ? `${controlId}-helper-text` : undefined}');
    expect(text).toContain('<p id={`${controlId}-helper-text`} className={styles.helperText}>');
    expect(text).toContain('role="group" aria-disabled={state === \'disabled\'}');
    expect(text).not.toContain('aria-label={label}');
  });
});
