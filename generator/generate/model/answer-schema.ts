/**
 * The shape of a model answer: the component's files, its props and notes. One JSON schema is sent
 * as `response_format` (strict structured output) and the same shape is checked locally with zod,
 * because several OpenAI-compatible servers ignore `response_format`.
 */
import { z } from 'zod';

export const ANSWER_SCHEMA_NAME = 'component_files';

/** JSON schema for strict structured output: every property required, no extra keys. */
export const answerJsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['files', 'props', 'notes'],
  properties: {
    files: {
      type: 'array',
      description: 'The component files, with project-relative paths exactly as requested.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'content'],
        properties: { path: { type: 'string' }, content: { type: 'string' } },
      },
    },
    props: {
      type: 'array',
      description: 'The public props of the component.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type', 'description'],
        properties: { name: { type: 'string' }, type: { type: 'string' }, description: { type: 'string' } },
      },
    },
    notes: { type: 'string', description: 'Short notes for the reviewer: naming, semantics, anything approximated.' },
  },
} as const;

export const answerSchema = z.object({
  files: z
    .array(z.strictObject({ path: z.string().min(1).max(300), content: z.string() }))
    .min(1)
    .max(10),
  props: z
    .array(z.object({ name: z.string(), type: z.string().default(''), description: z.string().default('') }))
    .default([]),
  notes: z.string().default(''),
});

export type ModelAnswer = z.output<typeof answerSchema>;
