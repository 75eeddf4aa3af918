import { toIsoDate } from '../../shared/dates';
import type { DeskLoaders } from '../deskLoaders';
import type { LineageEdge, UnitPeriod } from '../units/types';
import type { UnitModel } from '../units/unitModel';
import { asUserInput } from '../units/userErrors';

type Context = { loaders: { desk: DeskLoaders } };

/** A lineage edge seen from one side: `other` is the unit at its far end. */
export interface LineageView {
  edge: LineageEdge;
  other: string;
}

const successorsOf = (model: UnitModel, key: string): LineageView[] =>
  model.successors(key).map((edge) => ({ edge, other: edge.to }));

/** Query.unit: what a code meant on a day (today in Hà Nội when no day is given), never null. */
export async function unitOnDay(_: unknown, args: { code: string; on?: Date | string | null }, ctx: Context) {
  const model = await ctx.loaders.desk.unitModel();
  const answer = asUserInput(() => model.unitOn(args.code, args.on ? toIsoDate(args.on, 'on') : undefined), 'code');
  if (answer.status === 'NOT_YET')
    return { code: args.code, on: answer.on, status: answer.status, unit: answer.first, successors: [] };
  const successors = answer.status === 'ENDED' ? successorsOf(model, answer.unit.key) : [];
  return { code: args.code, on: answer.on, status: answer.status, unit: answer.unit, successors };
}

export const AdministrativeUnit = {
  async __resolveReference(ref: { id: string }, ctx: Context) {
    const model = await ctx.loaders.desk.unitModel();
    return asUserInput(() => model.unit(ref.id));
  },
  id: (unit: UnitPeriod) => unit.key,
  async parent(unit: UnitPeriod, _: unknown, ctx: Context) {
    if (unit.parentCode === null) return null;
    const model = await ctx.loaders.desk.unitModel();
    // The parent in force on the unit's first day (or on its last, for a unit older than the reference).
    const day = unit.validFrom ?? unit.validTo ?? undefined;
    const answer = model.unitOn(unit.parentCode, day);
    return answer.status === 'NOT_YET' ? null : answer.unit;
  },
  async successors(unit: UnitPeriod, _: unknown, ctx: Context) {
    return successorsOf(await ctx.loaders.desk.unitModel(), unit.key);
  },
  async predecessors(unit: UnitPeriod, _: unknown, ctx: Context) {
    const model = await ctx.loaders.desk.unitModel();
    return model.predecessors(unit.key).map((edge) => ({ edge, other: edge.from }));
  },
};

export const UnitLineage = {
  async unit(view: LineageView, _: unknown, ctx: Context) {
    return (await ctx.loaders.desk.unitModel()).unit(view.other);
  },
  share: (view: LineageView) => view.edge.share,
  day: (view: LineageView) => view.edge.day,
  resolution: (view: LineageView) => view.edge.resolution,
  weight: (view: LineageView) => `${view.edge.weight.num}/${view.edge.weight.den}`,
  weightRule: (view: LineageView) => view.edge.weightRule,
  sources: (view: LineageView) => [...view.edge.sources],
};

/** `periods` of a desk's unit (District, Commune): every period its code has named, oldest first. */
export async function periodsOfCode(unit: { code: string }, _: unknown, ctx: Context) {
  const model = await ctx.loaders.desk.unitModel();
  return asUserInput(() => [...model.periodsOf(unit.code)]);
}
