import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCsv } from '../../shared/csv';
import { ZERO } from './fraction';
import { DraftUnit, kindFromName, outsideByKey, parseEvent, unitsFromList } from './referenceRows';
import { DraftEdge, assignWeights } from './shareRules';
import { COMMUNE_LEVEL, Share, unitKey } from './types';
import { UnitModel } from './unitModel';

type Row = Record<string, string>;

/** The reference folder beside this module's source, whether run from source or from dist/. */
export function referenceFolder(): string {
  const beside = path.join(__dirname, 'reference');
  return existsSync(beside)
    ? beside
    : path.join(__dirname, '..', '..', '..', '..', 'subgraphs', 'desk', 'units', 'reference');
}

export function loadReferenceModel(folder = referenceFolder()): UnitModel {
  return buildReferenceModel(
    readCsv(path.join(folder, 'gia-lam-units.csv')),
    readCsv(path.join(folder, 'gia-lam-lineage.csv')),
    readCsv(path.join(folder, 'other-predecessors.csv')),
  );
}

/** Units with periods and lineage from the 2021 list and the lineage rows (pure over the rows). */
export function buildReferenceModel(
  listRows: readonly Row[],
  lineageRows: readonly Row[],
  otherRows: readonly Row[],
): UnitModel {
  const units = new Map(unitsFromList(listRows).map((u) => [u.key, u]));
  const outside = outsideByKey(otherRows);
  const edges = lineageRows.map((row) => edgeFromRow(row, units));
  for (const unit of units.values()) unit.outside = outside.get(unit.key) ?? null;
  const byStart = [...units.values()].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  for (const unit of byStart) if (unit.parentCode === '?') unit.parentCode = parentOfNew(unit, edges, units);
  assignWeights(edges, units);
  return new UnitModel([...units.values()], edges);
}

function edgeFromRow(row: Row, units: Map<string, DraftUnit>): DraftEdge {
  const event = parseEvent(row.event);
  const from = units.get(unitKey(row.old_code, row.valid_from || null));
  if (!from || from.name !== row.old_name)
    throw new Error(`lineage row names ${row.old_code} ${row.old_name}, unknown in that period`);
  if (from.validTo !== null && from.validTo !== row.valid_to) throw new Error(`${from.key} ends on two days`);
  from.validTo = row.valid_to;
  const to = successorUnit(row.new_code, row.new_name, event.day, units);
  const share = row.share.toUpperCase() as Share;
  if (share !== 'WHOLE' && share !== 'PART') throw new Error(`share "${row.share}" is neither whole nor part`);
  const sources = row.source_ids.split(';').filter(Boolean);
  return {
    from: from.key,
    to: to.key,
    share,
    day: event.day,
    resolution: event.resolution,
    weight: ZERO,
    weightRule: '',
    sources,
    note: event.note,
  };
}

/** The unit a lineage row leads to, created on first sight; its parent is settled once all edges are read. */
function successorUnit(code: string, name: string, day: string, units: Map<string, DraftUnit>): DraftUnit {
  const key = unitKey(code, day);
  const known = units.get(key);
  if (known) {
    if (known.name !== name) throw new Error(`${key} is named both ${known.name} and ${name}`);
    return known;
  }
  const unit: DraftUnit = {
    key,
    code,
    validFrom: day,
    validTo: null,
    name,
    kind: kindFromName(name),
    parentCode: '?',
    outside: null,
  };
  units.set(key, unit);
  return unit;
}

/**
 * A new unit sits under its predecessors' parent if that parent still exists on its first day,
 * otherwise under the level above (Gia Lâm's successors went directly under Hà Nội).
 */
function parentOfNew(unit: DraftUnit, edges: DraftEdge[], units: Map<string, DraftUnit>): string | null {
  const sameLevel = edges
    .filter((e) => e.to === unit.key)
    .map((e) => units.get(e.from)!)
    .find((p) => COMMUNE_LEVEL.includes(p.kind) === COMMUNE_LEVEL.includes(unit.kind));
  let parentCode = sameLevel?.parentCode ?? null;
  while (parentCode !== null) {
    const parent = [...units.values()].find(
      (u) =>
        u.code === parentCode &&
        (u.validFrom ?? '') <= unit.validFrom! &&
        (u.validTo === null || u.validTo >= unit.validFrom!),
    );
    if (parent) return parent.code;
    const ended = [...units.values()].find(
      (u) => u.code === parentCode && u.validTo !== null && u.validTo < unit.validFrom!,
    );
    parentCode = ended?.parentCode ?? null;
  }
  return null;
}
