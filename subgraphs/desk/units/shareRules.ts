import { Fraction, ONE, ZERO, add, fraction, mul } from './fraction';
import { COMMUNE_LEVEL, Share } from './types';
import type { DraftUnit } from './referenceRows';

/**
 * THE APPORTIONMENT RULE, in one sentence: a split unit's figures go to its parts by population
 * where the resolution says where all of it went (the part named with all of it takes
 * everything, the others nothing), otherwise in equal shares among its parts; a split district's
 * figures go wherever its commune-level units' figures went, each of those units counting once.
 * Integer figures are then apportioned by largest remainder.
 */
export const APPORTIONMENT_RULE =
  'A split unit goes to its parts by population where the resolution says where all of it went, ' +
  'otherwise in equal shares; a split district goes where its commune-level units went, each counting once; ' +
  'integers by largest remainder.';

export interface DraftEdge {
  from: string;
  to: string;
  share: Share;
  day: string;
  resolution: string;
  weight: Fraction;
  weightRule: string;
  sources: string[];
  note: string;
}

const ALL_POPULATION = /ALL population/i;

/** Sets each edge's weight; a district's after its units', since it follows them. */
export function assignWeights(edges: DraftEdge[], units: ReadonlyMap<string, DraftUnit>): void {
  const byFrom = groupByFrom(edges);
  const districtsLast = [...byFrom.keys()].sort((a, b) => rank(units.get(a)!) - rank(units.get(b)!));
  for (const from of districtsLast) {
    const group = byFrom.get(from)!;
    if (group.length === 1) setWeight(group[0], ONE, 'the whole unit passes on');
    else if (group.some((e) => ALL_POPULATION.test(e.note))) byStatedPopulation(group);
    else if (units.get(from)!.kind === 'DISTRICT') asItsUnits(group, units.get(from)!, units, byFrom);
    else group.forEach((e) => setWeight(e, fraction(1, group.length), `equal shares among ${group.length} parts`));
  }
}

function rank(unit: DraftUnit): number {
  return COMMUNE_LEVEL.includes(unit.kind) ? 0 : unit.kind === 'DISTRICT' ? 1 : 2;
}

function groupByFrom(edges: DraftEdge[]): Map<string, DraftEdge[]> {
  const groups = new Map<string, DraftEdge[]>();
  for (const edge of edges) groups.set(edge.from, [...(groups.get(edge.from) ?? []), edge]);
  return groups;
}

function setWeight(edge: DraftEdge, weight: Fraction, rule: string): void {
  edge.weight = weight;
  edge.weightRule = rule;
}

function byStatedPopulation(group: DraftEdge[]): void {
  const takers = group.filter((e) => ALL_POPULATION.test(e.note));
  if (takers.length !== 1)
    throw new Error(`${group[0].from}: all of its population cannot go to ${takers.length} parts`);
  for (const e of group) {
    const all = e === takers[0];
    setWeight(e, all ? ONE : ZERO, all ? 'all of the population went here' : 'no population went here');
  }
}

function asItsUnits(
  group: DraftEdge[],
  district: DraftUnit,
  units: ReadonlyMap<string, DraftUnit>,
  byFrom: Map<string, DraftEdge[]>,
): void {
  const children = [...units.values()].filter(
    (u) => u.parentCode === district.code && u.validTo === district.validTo && COMMUNE_LEVEL.includes(u.kind),
  );
  const each = fraction(1, children.length);
  for (const e of group) {
    let weight = ZERO;
    for (const child of children) {
      for (const c of byFrom.get(child.key) ?? []) if (c.to === e.to) weight = add(weight, mul(each, c.weight));
    }
    setWeight(e, weight, `as its ${children.length} commune-level units went`);
  }
}
