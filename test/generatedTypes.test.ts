import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

// The resolver types are generated from schema/*.graphql and committed, like the supergraph: an
// SDL change without `npm run codegen` would leave typecheck checking the resolvers against the
// old SDL. This regenerates them in memory with codegen.ts and compares.
describe('generated resolver types (subgraphs/*/generated)', () => {
  test('are what `npm run codegen` gives from the current SDL', () => {
    const json = execFileSync(process.execPath, [path.join(__dirname, 'support/generateResolverTypes.cjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const outputs: { filename: string; content: string }[] = JSON.parse(json);
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      'subgraphs/commune/generated/resolvers.generated.ts',
      'subgraphs/desk/generated/resolvers.generated.ts',
      'subgraphs/district/generated/resolvers.generated.ts',
      'subgraphs/reform/generated/resolvers.generated.ts',
    ]);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(path.join(ROOT, filename), 'utf8');
      expect({ filename, content: committed }).toEqual({ filename, content });
    }
  });
});
