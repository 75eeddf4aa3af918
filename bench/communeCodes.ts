import type { BenchStack } from './benchStack';
import { fetchOnce } from './load';

/** Gia Lâm's commune codes, asked of our gateway: the fleet's units, and proof the data is seeded. */
export async function communeCodes(stack: BenchStack): Promise<string[]> {
  const body = JSON.stringify({ query: '{ district(code: "018") { communes { code } } }' });
  const { text } = await fetchOnce({ url: stack.gateways.ours.url, body });
  const codes = (JSON.parse(text).data?.district?.communes ?? []).map((c: { code: string }) => c.code);
  if (codes.length === 0)
    throw new Error(`no communes for Gia Lâm (delete data/bench to reseed): ${text.slice(0, 300)}`);
  return codes;
}
