import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../gateway/composeSupergraph';

describe('schema/supergraph.graphql', () => {
  test('is what a fresh composition of schema/*.graphql gives (run `npm run compose` after changing an SDL)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  test('keeps the public contract of issue #2', () => {
    const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
    for (const field of [
      'district(code: String!): District',
      'report(from: Date!, to: Date!): Report!',
      'byCommune: [CommuneReport!]',
      'reformPlan(year: Int!): ReformPlan',
      'progress(asOf: Date!): ReformProgress!',
      'directiveCount(from: Date!, to: Date!): Int!',
      'onTimeRate: Float',
    ]) {
      expect(sdl).toContain(field);
    }
  });
});
