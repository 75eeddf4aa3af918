import { EntitySchema } from 'typeorm';
import { fraction } from './fraction';
import type { LineageEdge, OutsidePieces, Share, UnitKind, UnitPeriod } from './types';
import { UnitModel } from './unitModel';

/** One row of `unit_period`: a unit for one period, as the reference gives it. */
export interface UnitPeriodRow {
  key: string;
  code: string;
  validFrom: string | null;
  validTo: string | null;
  name: string;
  kind: string;
  parentCode: string | null;
  /** The pieces taken from outside the reference (JSON of OutsidePieces), or null. */
  outside: string | null;
}

/** One row of `unit_lineage`: one old unit's passage into one successor, with its weight. */
export interface UnitLineageRow {
  fromKey: string;
  toKey: string;
  share: string;
  day: string;
  resolution: string;
  weightNum: number;
  weightDen: number;
  weightRule: string;
  /** Source ids joined by ";". */
  sources: string;
  note: string;
}

export const UnitPeriodEntity = new EntitySchema<UnitPeriodRow>({
  name: 'UnitPeriod',
  tableName: 'unit_period',
  columns: {
    key: { type: 'varchar', length: 24, primary: true },
    code: { type: 'varchar', length: 10 },
    validFrom: { name: 'valid_from', type: 'varchar', length: 10, nullable: true },
    validTo: { name: 'valid_to', type: 'varchar', length: 10, nullable: true },
    name: { type: 'varchar', length: 100 },
    kind: { type: 'varchar', length: 10 },
    parentCode: { name: 'parent_code', type: 'varchar', length: 10, nullable: true },
    outside: { type: 'text', nullable: true },
  },
});

export const UnitLineageEntity = new EntitySchema<UnitLineageRow>({
  name: 'UnitLineage',
  tableName: 'unit_lineage',
  columns: {
    fromKey: { name: 'from_key', type: 'varchar', length: 24, primary: true },
    toKey: { name: 'to_key', type: 'varchar', length: 24, primary: true },
    share: { type: 'varchar', length: 5 },
    day: { type: 'varchar', length: 10 },
    resolution: { type: 'varchar', length: 100 },
    weightNum: { name: 'weight_num', type: 'int' },
    weightDen: { name: 'weight_den', type: 'int' },
    weightRule: { name: 'weight_rule', type: 'text' },
    sources: { type: 'varchar', length: 100 },
    note: { type: 'text' },
  },
});

export function periodRow(unit: UnitPeriod): UnitPeriodRow {
  const { outside, ...rest } = unit;
  return { ...rest, outside: outside ? JSON.stringify(outside) : null };
}

export function lineageRow(edge: LineageEdge): UnitLineageRow {
  return {
    fromKey: edge.from,
    toKey: edge.to,
    share: edge.share,
    day: edge.day,
    resolution: edge.resolution,
    weightNum: Number(edge.weight.num),
    weightDen: Number(edge.weight.den),
    weightRule: edge.weightRule,
    sources: edge.sources.join(';'),
    note: edge.note,
  };
}

/** The model back from its two tables (the model validates it again: no count can lose or double). */
export function modelFromRows(periods: readonly UnitPeriodRow[], lineage: readonly UnitLineageRow[]): UnitModel {
  const units: UnitPeriod[] = periods.map((p) => ({
    ...p,
    kind: p.kind as UnitKind,
    outside: p.outside ? (JSON.parse(p.outside) as OutsidePieces) : null,
  }));
  const edges: LineageEdge[] = lineage.map((l) => ({
    from: l.fromKey,
    to: l.toKey,
    share: l.share as Share,
    day: l.day,
    resolution: l.resolution,
    weight: fraction(l.weightNum, l.weightDen),
    weightRule: l.weightRule,
    sources: l.sources.split(';').filter(Boolean),
    note: l.note,
  }));
  return new UnitModel(units, edges);
}
