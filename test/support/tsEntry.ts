import path from 'node:path';
import { repoRoot } from '../../subgraphs/shared/paths';

/** Node arguments that run a TypeScript entry point (relative to the repository) as a real process, no build needed. */
export function tsEntryArgs(entry: string, ...args: string[]): string[] {
  return ['-r', path.join(repoRoot(), 'test/support/registerTs.js'), path.join(repoRoot(), entry), ...args];
}
