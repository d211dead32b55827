/**
 * The follow-up message after a failed attempt: short and specific (file:line, rule, message), so
 * the model fixes exactly what failed instead of rewriting everything.
 */
import type { ChatMessage } from './build-prompt.ts';

export interface RepairItem {
  /** Project-relative file, when the failure is in one. */
  file?: string;
  line?: number;
  rule: string;
  message: string;
}

const MAX_ITEMS = 12;

export function repairRequest(items: RepairItem[]): ChatMessage {
  const shown = items.slice(0, MAX_ITEMS).map((item) => {
    const where = item.file ? `${item.file}${item.line ? `:${item.line}` : ''} ` : '';
    return `- ${where}[${item.rule}] ${item.message.replace(/\s+/g, ' ').slice(0, 240)}`;
  });
  const more = items.length > MAX_ITEMS ? `\n- ... and ${items.length - MAX_ITEMS} more of the same kinds` : '';
  return {
    role: 'user',
    content: `Your answer was rejected by the validation gate:\n${shown.join('\n')}${more}\nFix these problems and reply with the complete corrected JSON object (both files in full), following all rules.`,
  };
}

/** Why an answer could not be used at all, as a repair item. */
export const unusableAnswer = (rule: 'answer/truncated' | 'answer/unparsable', message: string): RepairItem => ({
  rule,
  message,
});
