import type { CommuneContext } from '../context';

export const Query = {
  commune: (_: unknown, args: { code: string }, ctx: CommuneContext) => ctx.loaders.communeByCode.load(args.code),
};
