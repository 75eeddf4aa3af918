import { createHash } from 'node:crypto';
import type { AnswerTally } from './loadPlan';
import { normaliseAnswer } from './normaliseAnswer';

/**
 * Checks every answer of a run: a GraphQL error or an answer other than the body's first good
 * one is a failure. The exact text of the first answer is kept, so the usual case (the same
 * bytes again) costs one string comparison, not a parse.
 */
export class AnswerChecker {
  readonly tallies: Record<number, AnswerTally> = {};
  private readonly firstText = new Map<number, string>();

  /** null when good, else the failure's reason. */
  check(index: number, status: number, text: string): string | null {
    if (status !== 200) return `HTTP ${status}`;
    const first = this.firstText.get(index);
    if (first === text) {
      this.tallies[index].count++;
      return null;
    }
    let parsed: { data?: unknown; errors?: { extensions?: { code?: string }; message?: string }[] };
    try {
      parsed = JSON.parse(text);
    } catch {
      return 'not JSON';
    }
    if (parsed.errors) return `error ${parsed.errors[0]?.extensions?.code ?? parsed.errors[0]?.message?.slice(0, 60)}`;
    const hash = createHash('sha1').update(normaliseAnswer(text)).digest('hex');
    if (first === undefined) {
      this.firstText.set(index, text);
      this.tallies[index] = { hash, count: 1 };
      return null;
    }
    if (hash !== this.tallies[index].hash) return 'answer changed during the run';
    this.tallies[index].count++;
    return null;
  }
}
