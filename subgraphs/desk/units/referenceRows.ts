import { UnitKind, UnitPeriod, OutsidePieces, unitKey } from './types';

/** A unit while it is being assembled from the reference rows. */
export type DraftUnit = { -readonly [K in keyof UnitPeriod]: UnitPeriod[K] };

const KIND_BY_PREFIX: readonly [string, UnitKind][] = [
  ['Thành phố ', 'PROVINCE'],
  ['Tỉnh ', 'PROVINCE'],
  ['Huyện ', 'DISTRICT'],
  ['Quận ', 'DISTRICT'],
  ['Thị trấn ', 'TOWN'],
  ['Phường ', 'WARD'],
  ['Xã ', 'COMMUNE'],
];

/** A unit's kind as its official name states it (Xã, Phường, Thị trấn...). */
export function kindFromName(name: string): UnitKind {
  const found = KIND_BY_PREFIX.find(([prefix]) => name.startsWith(prefix));
  if (!found) throw new Error(`cannot tell the kind of unit "${name}" from its name`);
  return found[1];
}

const KINDS: readonly UnitKind[] = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'WARD', 'TOWN'];

/** The 2021 list: every unit in force since before the reference begins. */
export function unitsFromList(rows: readonly Record<string, string>[]): DraftUnit[] {
  return rows.map((row) => {
    const kind = row.kind as UnitKind;
    if (!KINDS.includes(kind)) throw new Error(`unit ${row.code} has unknown kind ${row.kind}`);
    return {
      key: unitKey(row.code, null),
      code: row.code,
      validFrom: null,
      validTo: null,
      name: row.name,
      kind,
      parentCode: row.parent_code || null,
      outside: null,
    };
  });
}

export function outsideByKey(rows: readonly Record<string, string>[]): Map<string, OutsidePieces> {
  return new Map(
    rows.map((row) => [
      unitKey(row.code, row.valid_from),
      {
        clause: row.clause,
        pieces: Number(row.pieces),
        piecesFromReference: Number(row.pieces_from_reference),
        deskInScope: row.desk_in_scope === 'yes',
        otherPieces: row.other_pieces,
      },
    ]),
  );
}

const RESOLUTIONS: Record<string, string> = {
  NQ1286: '1286/NQ-UBTVQH15',
  NQ1656: '1656/NQ-UBTVQH15',
};

export interface ParsedEvent {
  readonly day: string;
  readonly resolution: string;
  readonly note: string;
}

/**
 * `merged_2025-01-01 [NQ1286; ...]`: the day, the resolution and the bracketed note. The
 * district rows name no resolution but cite its clauses (k.109...), which are Resolution 1656's.
 */
export function parseEvent(event: string): ParsedEvent {
  const m = /^[a-z_]+_(\d{4}-\d{2}-\d{2}) \[(.*)\]$/.exec(event);
  if (!m) throw new Error(`cannot read lineage event "${event}"`);
  const named = /\b(NQ\d+)\b/.exec(m[2]);
  const resolution = named ? RESOLUTIONS[named[1]] : /\bk\.\d+/.test(m[2]) ? RESOLUTIONS.NQ1656 : undefined;
  if (!resolution) throw new Error(`no known resolution behind "${event}"`);
  return { day: m[1], resolution, note: m[2] };
}
