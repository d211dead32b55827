import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../../generator/core/resolve-config.ts';
import { createMemoryLogger } from '../../../generator/core/logger.ts';
import { deterministicGenerator } from '../../../generator/generate/deterministic.ts';
import type { GeneratorInput } from '../../../generator/generate/generator.ts';
import { validateFiles } from '../../../generator/generate/gate/validate-files.ts';
import { componentStub } from '../../../generator/generate/model/component-stub.ts';
import { createModelGenerator } from '../../../generator/generate/model/model-generator.ts';
import type { IrComponent } from '../../../generator/ir/types.ts';
import { gateProject } from '../gate/gate-fixtures.ts';
import { completionReply, startOpenAIServer, type OpenAIServer } from '../../support/openai-server.ts';
import {
  answerJson,
  buttonIr,
  cardAnswerJson,
  cardIr,
  cardTsx,
  generatorInput,
  goodTsx,
  modelProject,
} from './model-fixtures.ts';

let server: OpenAIServer;
beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** A fresh project (nothing in src/) and one model generator for a run of Button and Card. */
function freshRun() {
  const project = modelProject({ OPENAI_BASE_URL: server.url }, { maxRepairRounds: 1 });
  const model = createModelGenerator({ config: project.config, logger: createMemoryLogger(), cache: false });
  const run = [buttonIr(), cardIr()];
  return { ...project, model, input: (component: IrComponent) => runInput(project.config, component, run) };
}

/** The input generate-components gives: the other components of the run as `existing`, a draft without its story. */
async function runInput(config: ResolvedConfig, component: IrComponent, run: IrComponent[]): Promise<GeneratorInput> {
  const input = {
    ...generatorInput(config, component),
    existing: run.filter((c) => c !== component).map((c) => ({ name: c.name, props: c.props })),
  };
  const draft = await deterministicGenerator.generate(input);
  return { ...input, draft: { ...draft, files: draft.files.filter((f) => !f.path.endsWith('.stories.tsx')) } };
}

/** The user message of a repair request (the last message of a request). */
const repairOf = (index: number) => server.requests[index]!.body.messages.at(-1)!.content;

describe('the model gate in a fresh project', () => {
  it('accepts a Card that imports Button before Button is generated, then the Button', async () => {
    const { model, input, at } = freshRun();
    server.enqueue(completionReply(cardAnswerJson()), completionReply(answerJson()));
    const card = await model.generate(await input(cardIr()));
    const button = await model.generate(await input(buttonIr()));
    expect(existsSync(at('src'))).toBe(false);
    expect(card.generator).toMatchObject({ kind: 'model', attempts: 1 });
    expect(button.generator).toMatchObject({ kind: 'model', attempts: 1 });
    expect(card.files.find((f) => f.path.endsWith('Card.tsx'))?.content).toContain("from '../Button/Button.tsx'");
    expect(server.requests).toHaveLength(2);
  });

  it("type-checks a Card against Button's accepted answer, including props only the answer added", async () => {
    const { model, input } = freshRun();
    const withEmphasis = goodTsx
      .replace(
        '  label?: string;\n}',
        "  label?: string;\n  /** How loud the action is. */\n  emphasis?: 'low' | 'high';\n}",
      )
      .replace("label = 'Button', className", "label = 'Button', emphasis = 'high', className")
      .replace('data-variant={variant}', 'data-variant={variant} data-emphasis={emphasis}');
    server.enqueue(
      completionReply(answerJson({ tsx: withEmphasis })),
      completionReply(cardAnswerJson(cardTsx('<Button variant="secondary" emphasis="low" />'))),
    );
    const button = await model.generate(await input(buttonIr()));
    const card = await model.generate(await input(cardIr()));
    expect(button.generator).toMatchObject({ kind: 'model', attempts: 1 });
    expect(card.generator).toMatchObject({ kind: 'model', attempts: 1 });
  });

  it("rejects a prop Button's draft does not have while Button is not generated yet", async () => {
    const { model, input } = freshRun();
    server.enqueue(
      completionReply(cardAnswerJson(cardTsx('<Button variant="loud" />'))),
      completionReply(cardAnswerJson()),
    );
    const card = await model.generate(await input(cardIr()));
    expect(card.generator).toMatchObject({ kind: 'model', attempts: 2 });
    expect(repairOf(1)).toMatch(/src\/Card\/Card\.tsx:\d+ \[type\/error\] TS2322: Type '"loud"'/);
  });

  it('still rejects an answer that imports a component outside the run', async () => {
    const { model, input } = freshRun();
    server.enqueue(
      completionReply(
        cardAnswerJson(
          cardTsx('<Button label="Open" />\n      <Badge />', "import { Badge } from '../Badge/Badge.tsx';\n"),
        ),
      ),
      completionReply(cardAnswerJson()),
    );
    const card = await model.generate(await input(cardIr()));
    expect(card.generator).toMatchObject({ kind: 'model', attempts: 2 });
    expect(repairOf(1)).toContain("[type/error] TS2307: Cannot find module '../Badge/Badge.tsx'");
    expect(repairOf(1)).not.toContain('Button');
    expect(repairOf(1)).not.toContain('TS6133');
  });

  it('falls back to the draft when every answer imports a component outside the run', async () => {
    const { model, input } = freshRun();
    server.fallback = () =>
      completionReply(
        cardAnswerJson(
          cardTsx('<Button label="Open" />\n      <Badge />', "import { Badge } from '../Badge/Badge.tsx';\n"),
        ),
      );
    const cardInput = await input(cardIr());
    const card = await model.generate(cardInput);
    expect(card.generator).toMatchObject({ kind: 'deterministic', attempts: 2 });
    expect(card.files).toEqual(cardInput.draft!.files);
    expect(card.generator.notes.join(' ')).toContain('TS2307');
  });
});

describe('the stand-in for a component the run has not reached', () => {
  it('types every kind of prop and itself passes the gate', async () => {
    const { ctx, at } = gateProject();
    const stub = componentStub(
      'Chip',
      [
        {
          kind: 'variant',
          name: 'tone',
          figmaName: 'Tone',
          values: ['info', "it's"],
          figmaValues: [],
          default: 'info',
          description: '',
        },
        {
          kind: 'variant',
          name: 'selected',
          figmaName: 'Selected',
          values: ['false', 'true'],
          figmaValues: [],
          default: 'false',
          description: '',
          boolean: true,
        },
        { kind: 'boolean', name: 'removable', figmaName: 'Removable', default: false, description: '' },
        { kind: 'text', name: 'label', figmaName: 'Label', default: 'Chip', description: '' },
        { kind: 'slot', name: 'icon', figmaName: 'Icon', description: '', defaultComponent: '' },
      ],
      at('src/Chip/Chip.tsx'),
    )!;
    expect(stub.content).toContain("tone?: 'info' | 'it\\'s';");
    expect(stub.content).toContain('selected?: boolean;');
    expect(stub.content).toContain('icon?: ReactNode;');
    const result = await validateFiles([stub], ctx);
    expect(result.rejected).toEqual([]);
    expect(componentStub('not-a-name', [], at('src/x/x.tsx'))).toBeUndefined();
  });
});
