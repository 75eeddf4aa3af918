/**
 * An answer's JSON with every object's keys sorted and no whitespace: two gateways that answer
 * the same data in another key order or spacing compare equal; any other difference does not.
 */
export function normaliseAnswer(text: string): string {
  return JSON.stringify(sortKeys(JSON.parse(text)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
