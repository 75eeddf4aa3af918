import { composeApiSchema } from '../../gateway/composeSupergraph';
import { committedContract, deprecations, unannouncedBreakingChanges } from '../../gateway/contract/publicContract';

/** The public contract (schema/public-api.graphql) changes only by additions, or removals announced by a deprecation. */
describe('the public contract', () => {
  test('is what the SDLs compose to now (run `npm run compose`, which refuses a breaking change)', () => {
    expect(committedContract()).toBe(composeApiSchema());
  });

  test('the current SDLs break nothing of the committed contract', async () => {
    expect((await unannouncedBreakingChanges(committedContract(), composeApiSchema())).map((c) => c.message)).toEqual(
      [],
    );
  });

  const before = `type Query { a: Int  b: String @deprecated(reason: "use a") c: Int! }`;

  test('a field removed or its type narrowed is breaking', async () => {
    const after = `type Query { b: String @deprecated(reason: "use a") c: String! }`;
    expect((await unannouncedBreakingChanges(before, after)).map((c) => c.message)).toEqual([
      "Field 'a' was removed from object type 'Query'",
      "Field 'Query.c' changed type from 'Int!' to 'String!'",
    ]);
  });

  test('removing a field deprecated in the contract is allowed, and additions are', async () => {
    const after = `type Query { a: Int  c: Int!  d: [Int!] }`;
    expect(await unannouncedBreakingChanges(before, after)).toEqual([]);
  });

  test('deprecations are listed (README, "Changes to the contract")', () => {
    expect(deprecations(before)).toEqual(['Query.b: use a']);
    expect(deprecations(committedContract())).toEqual([]);
  });
});
