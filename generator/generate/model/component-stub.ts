/**
 * A type-only stand-in for a component of the same run that has no draft yet (the run has not
 * reached it): its props as the deterministic generator types them, plus any HTML attribute,
 * because the host element is not known before its draft exists. It lets a model answer that
 * imports the component type-check; it is never written.
 */
import { propType } from '../render-tsx.ts';
import type { PlannedFile } from '../../core/plan.ts';
import type { IrProp } from '../../ir/types.ts';
import { stringLiteral } from '../jsx.ts';

export const STUB_PRODUCER = 'generate/model/stub';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function componentStubSource(name: string, props: IrProp[]): string {
  const key = (p: IrProp) => (IDENTIFIER.test(p.name) ? p.name : stringLiteral(p.name));
  const omitted = props.map((p) => stringLiteral(p.name));
  const base = 'AllHTMLAttributes<HTMLElement>';
  const extendsType = omitted.length > 0 ? `Omit<${base}, ${omitted.join(' | ')}>` : base;
  const types = ['AllHTMLAttributes', 'ReactElement', ...(props.some((p) => p.kind === 'slot') ? ['ReactNode'] : [])];
  return `import type { ${types.join(', ')} } from 'react';

export interface ${name}Props extends ${extendsType} {
${props.map((p) => `  ${key(p)}?: ${propType(p)};`).join('\n')}
}

export declare function ${name}(props: ${name}Props): ReactElement;
`;
}

/** The stand-in at the component's own path, or nothing for a name that is not an identifier. */
export function componentStub(name: string, props: IrProp[], path: string): PlannedFile | undefined {
  if (!IDENTIFIER.test(name)) return undefined;
  return { path, content: componentStubSource(name, props), producer: STUB_PRODUCER };
}
