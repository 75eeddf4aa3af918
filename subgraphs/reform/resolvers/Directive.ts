import type { ReformContext } from '../context';
import type { Directive as DirectiveRow } from '../entities/DirectiveEntity';

export const Directive = {
  tasks: (directive: DirectiveRow, _: unknown, ctx: ReformContext) => ctx.loaders.tasksByDirective.load(directive.id!),
};
