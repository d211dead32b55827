/**
 * The raw values a model may use: exactly those the deterministic draft had to write raw because
 * the design has them and no token covers them. Anything else raw in an answer is invented.
 */
import ts from 'typescript';
import type { PlannedFile } from '../../core/plan.ts';
import type { TokenIndex } from '../../tokens/token-index.ts';
import { inlineStyleSites } from '../gate/inline-styles.ts';
import { parseCss } from '../gate/parse-css.ts';
import { scanRawValues } from '../gate/raw-values.ts';

export function designRawValues(draft: PlannedFile[], index: TokenIndex): Set<string> {
  const allowed = new Set<string>();
  for (const file of draft) {
    const sites = file.path.endsWith('.css')
      ? parseCss(file.content).declarations
      : inlineStyleSites(ts.createSourceFile(file.path, file.content, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
    for (const site of sites)
      for (const raw of scanRawValues(site.property, site.value, index)) allowed.add(raw.normalised);
  }
  return allowed;
}
