/**
 * Cost accounting for a run: usage priced from config (USD per million tokens), and a budget that
 * refuses a call whose estimated cost would take the run past `--max-cost`.
 */
export interface Prices {
  /** USD per million prompt tokens. */
  input: number;
  /** USD per million completion tokens. */
  output: number;
}

export interface Usage {
  prompt: number;
  completion: number;
}

export const costOf = (usage: Usage, prices: Prices): number =>
  (usage.prompt * prices.input + usage.completion * prices.output) / 1_000_000;

/** Rough token count of text (about four characters a token) for estimates before a call. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

export interface Budget {
  readonly spent: number;
  readonly limit: number | undefined;
  /** Reserves the estimated cost of a call; false when it would pass the limit. */
  reserve(estimate: number): boolean;
  /** Settles a reservation with the real cost. */
  settle(estimate: number, actual: number): void;
}

export function createBudget(limit: number | undefined): Budget {
  let spent = 0;
  let reserved = 0;
  return {
    get spent() {
      return spent;
    },
    limit,
    reserve(estimate) {
      if (limit !== undefined && spent + reserved + estimate > limit) return false;
      reserved += estimate;
      return true;
    },
    settle(estimate, actual) {
      reserved = Math.max(0, reserved - estimate);
      spent += actual;
    },
  };
}
