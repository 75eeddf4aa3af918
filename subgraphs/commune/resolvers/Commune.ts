import type { CommuneContext } from '../context';

export const Commune = {
  __resolveReference: (ref: { code: string }, ctx: CommuneContext) => ctx.loaders.communeByCode.load(ref.code),
};
