/**
 * The manifest (`design-sync.lock.json`, committed): what design-sync generated last time, file by
 * file. It tells a re-sync which components are unchanged (skip them) and which files a person has
 * edited since (merge, never overwrite).
 */
import { z } from 'zod';
import { inputError } from '../core/errors.ts';
import { readTextIfExists, writeFileAtomic } from '../core/fs-atomic.ts';

export const MANIFEST_VERSION = 1;

/** Which generator made a file; a change of any field regenerates the file. */
export interface GeneratorStamp {
  kind: string;
  version: string;
  model?: string;
  /** Hash of the config that shapes output (generator and token settings, output folders). */
  settings: string;
}

export interface ManifestFile {
  /** sha256 of the content design-sync generated (not of what is on disk now). */
  sha256: string;
  producer: string;
  /** The component the file belongs to; absent for shared files (tokens, src/index.ts). */
  component?: string;
  nodeIds: string[];
  /** Hash of the Figma node JSON the component came from. */
  sourceHash?: string;
  tokensHash: string;
  generator: GeneratorStamp;
  /**
   * A generation that conflicted with a steward edit and waits in the conflicts folder. The entry
   * keeps the last applied generation (the merge base); a re-sync of the same design does not
   * regenerate the component again.
   */
  pending?: PendingGeneration;
}

export interface PendingGeneration {
  sha256: string;
  sourceHash?: string;
  tokensHash: string;
  generator: GeneratorStamp;
}

export interface Manifest {
  version: typeof MANIFEST_VERSION;
  fileKey?: string;
  /** Project-relative POSIX path -> entry. */
  files: Record<string, ManifestFile>;
}

const stampSchema = z.object({
  kind: z.string(),
  version: z.string(),
  model: z.string().optional(),
  settings: z.string(),
});

const manifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  fileKey: z.string().optional(),
  files: z.record(
    z.string(),
    z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      producer: z.string(),
      component: z.string().optional(),
      nodeIds: z.array(z.string()),
      sourceHash: z.string().optional(),
      tokensHash: z.string(),
      generator: stampSchema,
      pending: z
        .object({
          sha256: z.string(),
          sourceHash: z.string().optional(),
          tokensHash: z.string(),
          generator: stampSchema,
        })
        .optional(),
    }),
  ),
});

export function emptyManifest(fileKey?: string): Manifest {
  return { version: MANIFEST_VERSION, ...(fileKey === undefined ? {} : { fileKey }), files: {} };
}

function orderedStamp(stamp: GeneratorStamp): GeneratorStamp {
  return {
    kind: stamp.kind,
    version: stamp.version,
    ...(stamp.model === undefined ? {} : { model: stamp.model }),
    settings: stamp.settings,
  };
}

function orderedFile(file: ManifestFile): ManifestFile {
  return {
    sha256: file.sha256,
    producer: file.producer,
    ...(file.component === undefined ? {} : { component: file.component }),
    nodeIds: [...file.nodeIds],
    ...(file.sourceHash === undefined ? {} : { sourceHash: file.sourceHash }),
    tokensHash: file.tokensHash,
    generator: orderedStamp(file.generator),
    ...(file.pending === undefined
      ? {}
      : {
          pending: {
            sha256: file.pending.sha256,
            ...(file.pending.sourceHash === undefined ? {} : { sourceHash: file.pending.sourceHash }),
            tokensHash: file.pending.tokensHash,
            generator: orderedStamp(file.pending.generator),
          },
        }),
  };
}

/** Stable text: fixed key order, paths sorted, so an unchanged manifest is byte-identical. */
export function serializeManifest(manifest: Manifest): string {
  const files: Record<string, ManifestFile> = {};
  for (const path of Object.keys(manifest.files).sort()) files[path] = orderedFile(manifest.files[path]!);
  const ordered = {
    version: manifest.version,
    ...(manifest.fileKey === undefined ? {} : { fileKey: manifest.fileKey }),
    files,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function parseManifest(text: string, where: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw inputError('handoff/manifest-json', `${where} is not valid JSON: ${(error as Error).message}`, {
      hint: 'Restore it from git (`git checkout -- design-sync.lock.json`); deleting it makes the next sync treat every differing file as a steward edit.',
    });
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw inputError(
      'handoff/manifest-invalid',
      `${where}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`,
      {
        hint: 'Restore the manifest from git; it is written by design-sync and should not be edited by hand.',
      },
    );
  }
  const data = result.data;
  const files: Record<string, ManifestFile> = {};
  const stampOf = ({ model, ...stamp }: z.output<typeof stampSchema>): GeneratorStamp => ({
    ...stamp,
    ...(model === undefined ? {} : { model }),
  });
  for (const [path, file] of Object.entries(data.files)) {
    const pending = file.pending;
    files[path] = orderedFile({
      sha256: file.sha256,
      producer: file.producer,
      ...(file.component === undefined ? {} : { component: file.component }),
      nodeIds: file.nodeIds,
      ...(file.sourceHash === undefined ? {} : { sourceHash: file.sourceHash }),
      tokensHash: file.tokensHash,
      generator: stampOf(file.generator),
      ...(pending === undefined
        ? {}
        : {
            pending: {
              sha256: pending.sha256,
              ...(pending.sourceHash === undefined ? {} : { sourceHash: pending.sourceHash }),
              tokensHash: pending.tokensHash,
              generator: stampOf(pending.generator),
            },
          }),
    });
  }
  return { version: MANIFEST_VERSION, ...(data.fileKey === undefined ? {} : { fileKey: data.fileKey }), files };
}

/** The manifest at `path`, or an empty one when there is none yet (first sync). */
export async function readManifest(path: string): Promise<Manifest> {
  const text = await readTextIfExists(path);
  return text === undefined ? emptyManifest() : parseManifest(text, path);
}

/** Writes the manifest when its text changed; returns whether it wrote. */
export async function writeManifest(path: string, manifest: Manifest): Promise<boolean> {
  const text = serializeManifest(manifest);
  if ((await readTextIfExists(path)) === text) return false;
  await writeFileAtomic(path, text);
  return true;
}
