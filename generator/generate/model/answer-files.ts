/**
 * Turns the files of a model answer into planned files. Paths are joined to the project root
 * without normalising, so "../" or an absolute path stays visible to the gate, which rejects it.
 */
import { isAbsolute } from 'node:path';
import type { PlannedFile } from '../../core/plan.ts';

export interface AnswerFile {
  path: string;
  content: string;
}

export function answerToPlannedFiles(
  files: AnswerFile[],
  root: string,
  producer: string,
  nodeIds?: string[],
): PlannedFile[] {
  return files.map((file) => {
    const rel = file.path.replace(/\\/g, '/');
    const path = isAbsolute(rel) ? rel : `${root.replace(/\/+$/, '')}/${rel.replace(/^\.\//, '')}`;
    return { path, content: file.content, producer, ...(nodeIds ? { nodeIds } : {}) };
  });
}
