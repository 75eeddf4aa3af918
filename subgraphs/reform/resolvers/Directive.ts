import type { DirectiveResolvers } from '../generated/resolvers.generated';

export const Directive: DirectiveResolvers = {
  tasks: (directive, _, ctx) => ctx.loaders.tasksByDirective.load(directive.id!),
};
