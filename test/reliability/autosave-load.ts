import type { AnswerValue } from '../../functions/contract/answers';
import { QUESTIONNAIRE } from '../../functions/core';

export const QUESTION_IDS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));

export type Send = (token: string, body: unknown) => Promise<{ status: number }>;

export interface LoadOptions {
  tokens: string[];
  savesPerStakeholder: number;
  concurrency: number;
  /** Share of acknowledged saves whose answer the client "loses" and retries with the same requestId. */
  lostAckRate: number;
  random: () => number;
  /** Stops starting new saves once this returns true (used to cut the load mid-way). */
  stop?: () => boolean;
}

export interface StakeholderLedger {
  /** The last acknowledged value per question: what must be stored. */
  expected: Record<string, AnswerValue>;
  /** Saves the server acknowledged (each applied exactly once). */
  acknowledged: number;
  retries: number;
  /** A save sent but not yet acknowledged (it may or may not have been stored when the server died). */
  inFlight: { question: string; value: AnswerValue } | null;
}

/**
 * Many stakeholders autosaving in random order. Each stakeholder saves one answer at a time
 * (as the web client does); failures and "lost" acknowledgements are retried with the same
 * requestId until the server acknowledges. Returns what each stakeholder must find stored.
 */
export const runAutosaveLoad = async (
  send: Send,
  options: LoadOptions,
): Promise<Map<string, StakeholderLedger>> => {
  const ledgers = new Map(
    options.tokens.map((t) => [
      t,
      { expected: {}, acknowledged: 0, retries: 0, inFlight: null } as StakeholderLedger,
    ]),
  );
  const queue = options.tokens.flatMap((token) =>
    Array.from({ length: options.savesPerStakeholder }, () => token),
  );
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(options.random() * (i + 1));
    [queue[i], queue[j]] = [queue[j] as string, queue[i] as string];
  }
  const busy = new Set<string>();
  let next = 0;
  let counter = 0;
  const worker = async () => {
    while (next < queue.length && !options.stop?.()) {
      // Take the next save whose stakeholder is not already saving.
      const index = queue.findIndex((t, i) => i >= next && !busy.has(t));
      if (index === -1) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      const token = queue[index] as string;
      [queue[index], queue[next]] = [queue[next] as string, token];
      next++;
      busy.add(token);
      const ledger = ledgers.get(token) as StakeholderLedger;
      const question = QUESTION_IDS[Math.floor(options.random() * QUESTION_IDS.length)] as string;
      const value = 1 + Math.floor(options.random() * 5);
      const body = {
        answers: { [question]: value },
        requestId: `load-${counter++}-${Math.floor(options.random() * 1e9)}`,
      };
      ledger.inFlight = { question, value };
      let attempts = 0;
      for (;;) {
        attempts++;
        try {
          const res = await send(token, body);
          if (res.status === 200) {
            if (attempts === 1 && options.random() < options.lostAckRate) {
              ledger.retries++;
              continue; // pretend the answer never arrived: retry the very same request
            }
            break;
          }
          if (res.status < 500) throw new Error(`save refused with ${res.status}`);
        } catch (e) {
          if (options.stop?.()) return;
          if (attempts > 20) throw e;
        }
        if (options.stop?.()) return;
        ledger.retries++;
        await new Promise((r) => setTimeout(r, 20 * attempts));
      }
      ledger.expected[question] = value;
      ledger.acknowledged++;
      ledger.inFlight = null;
      busy.delete(token);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return ledgers;
};
