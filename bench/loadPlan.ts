import type { Percentiles } from './latencies';

/** What the load generator (bench/loadWorker.ts, a process of its own) is asked to do. */
export interface LoadPlan {
  url: string;
  /** The distinct request bodies. */
  bodies: string[];
  /** Indices into `bodies`, sent in this order (from the start again when used up). */
  order: number[];
  /** closed: `connections` loops, each sending when its last answer came; open: a fixed arrival rate. */
  mode: { kind: 'closed'; connections: number } | { kind: 'open'; rate: number };
  durationMs: number;
  /** Desk events written at a fixed rate beside the reads (through our gateway, a desk token each). */
  writes?: WritePlan;
}

export interface WritePlan {
  url: string;
  perSecond: number;
  /** `__SEQ__` in a template becomes a fresh id for each event. */
  desks: { authorization: string; template: string }[];
}

/** Per body: the hash of its first good answer (normalised JSON) and how many good answers it got. */
export interface AnswerTally {
  hash: string;
  count: number;
}

export interface LoadOutcome {
  durationMs: number;
  sent: number;
  /** 200, no GraphQL error, the same answer as this body's first one. */
  good: number;
  /** Everything else, by reason (HTTP status, error code, timeout, changed answer). */
  failures: Record<string, number>;
  /** Of every answered request; open loop: from when it was due. */
  latency: Percentiles;
  answers: Record<number, AnswerTally>;
  writes: { ok: number; failed: number; firstError?: string };
  /** The load generator's own CPU over its whole life. */
  cpuMs: number;
}
