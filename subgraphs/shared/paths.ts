import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

/**
 * The repository root: the nearest folder above this module that holds package.json.
 * Found from the module's own location, so the same code works from source and from dist/,
 * whatever the working directory.
 */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/**
 * Reads `schema/<name>.graphql`, followed by every file its `#import "<file>"` lines name (the
 * desk SDL that the district and commune subgraphs share is written once, in desk.graphql).
 */
export function readSchema(name: string): string {
  const read = (file: string) => readFileSync(path.join(repoRoot(), 'schema', file), 'utf8');
  const own = read(`${name}.graphql`);
  const imported = [...own.matchAll(/^#import "([\w.-]+\.graphql)"$/gm)].map((m) => read(m[1]));
  return [own, ...imported].join('\n');
}

/** Path of a file that ships with the repository (seed data, samples), given relative to the root. */
export function repoFile(...parts: string[]): string {
  return path.join(repoRoot(), ...parts);
}
