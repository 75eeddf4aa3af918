import { DEPENDS_HEADER, TOUCHED_HEADER, unitsOfHeader } from '../../subgraphs/shared/answerDependencies';

const MUTATION = /^\s*mutation\b/;

/**
 * What one gateway request's subgraph exchanges said they read and wrote (the desk subgraphs'
 * headers, subgraphs/shared/answerDependencies.ts). The answer depends on the units named only
 * when every exchange named its units; a mutation touched only the units named only when every
 * mutation exchange named them. Anything else, including an exchange that failed or never
 * answered, is "everything" (null): over-claiming costs a cache hit, under-claiming a stale one.
 */
export class DependencyTally {
  private reads = 0;
  private describedReads = 0;
  private readonly units = new Set<string>();
  private writes = 0;
  private describedWrites = 0;
  private readonly touched = new Set<string>();

  /** Before each subgraph fetch is sent, with the operation the gateway sends it. */
  sent(query: string | undefined): void {
    if (query && MUTATION.test(query)) this.writes++;
    else this.reads++;
  }

  /** When a subgraph's response arrives. */
  received(query: string | undefined, headers: { get(name: string): string | null } | undefined): void {
    const write = Boolean(query && MUTATION.test(query));
    const units = unitsOfHeader(headers?.get(write ? TOUCHED_HEADER : DEPENDS_HEADER));
    if (units === null) return;
    if (write) this.describedWrites++;
    else this.describedReads++;
    for (const code of units) (write ? this.touched : this.units).add(code);
  }

  /** The units the answer read; null: it may have read anything. */
  dependsOn(): string[] | null {
    if (this.writes > 0 || this.reads === 0 || this.describedReads < this.reads) return null;
    return [...this.units].sort();
  }

  /** The units the request's writes touched; null: they may have touched anything. */
  touchedUnits(): string[] | null {
    if (this.writes === 0 || this.describedWrites < this.writes) return null;
    return [...this.touched].sort();
  }
}
