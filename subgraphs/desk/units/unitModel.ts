import { toIsoDate, vnDate } from '../../shared/dates';
import { COMMUNE_LEVEL, LineageEdge, UnitPeriod, UnitsInputError } from './types';
import { validateModel } from './validateModel';

/** What a code meant on a day: the unit then, or the last one it named and where that went. */
export type UnitAnswer =
  | { readonly status: 'VALID'; readonly on: string; readonly unit: UnitPeriod }
  | {
      readonly status: 'ENDED';
      readonly on: string;
      /** The code's last period before that day, with its end date. */
      readonly unit: UnitPeriod;
      readonly successors: readonly LineageEdge[];
    }
  | { readonly status: 'NOT_YET'; readonly on: string; readonly first: UnitPeriod };

export interface Desk {
  readonly unit: UnitPeriod;
  readonly level: 'DISTRICT' | 'COMMUNE';
}

export function isValidOn(unit: UnitPeriod, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day <= unit.validTo);
}

/** Units with periods and their lineage; immutable once built, every answer a pure function of it. */
export class UnitModel {
  private readonly byKey = new Map<string, UnitPeriod>();
  private readonly byCode = new Map<string, UnitPeriod[]>();
  private readonly out = new Map<string, LineageEdge[]>();
  private readonly in = new Map<string, LineageEdge[]>();

  constructor(
    units: readonly UnitPeriod[],
    readonly edges: readonly LineageEdge[],
  ) {
    for (const unit of units) {
      if (this.byKey.has(unit.key)) throw new Error(`unit ${unit.key} appears twice`);
      this.byKey.set(unit.key, unit);
      this.byCode.set(unit.code, [...(this.byCode.get(unit.code) ?? []), unit]);
    }
    for (const periods of this.byCode.values())
      periods.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (const edge of edges) {
      this.out.set(edge.from, [...(this.out.get(edge.from) ?? []), edge]);
      this.in.set(edge.to, [...(this.in.get(edge.to) ?? []), edge]);
    }
    validateModel(this);
  }

  get units(): UnitPeriod[] {
    return [...this.byKey.values()];
  }

  unit(key: string): UnitPeriod {
    const unit = this.byKey.get(key);
    if (!unit) throw new UnitsInputError(`no unit period ${key}`);
    return unit;
  }

  /** The unit of a key, or null when there is none (a desk outside the reference). */
  find(key: string): UnitPeriod | null {
    return this.byKey.get(key) ?? null;
  }

  periodsOf(code: string): readonly UnitPeriod[] {
    const periods = this.byCode.get(code);
    if (!periods) throw new UnitsInputError(`no administrative unit has ever had code ${code}`);
    return periods;
  }

  /** The unit a code meant on a day (today's in Hà Nội when no day is given). */
  unitOn(code: string, day?: string): UnitAnswer {
    const on = day === undefined ? vnDate(new Date()) : toIsoDate(day, 'on');
    const periods = this.periodsOf(code);
    const valid = periods.find((unit) => isValidOn(unit, on));
    if (valid) return { status: 'VALID', on, unit: valid };
    const before = periods.filter((unit) => unit.validTo !== null && unit.validTo < on).pop();
    if (before) return { status: 'ENDED', on, unit: before, successors: this.successors(before) };
    return { status: 'NOT_YET', on, first: periods[0] };
  }

  successors(unit: UnitPeriod | string): readonly LineageEdge[] {
    return this.out.get(typeof unit === 'string' ? unit : unit.key) ?? [];
  }

  predecessors(unit: UnitPeriod | string): readonly LineageEdge[] {
    return this.in.get(typeof unit === 'string' ? unit : unit.key) ?? [];
  }

  /** The units in force on a day, optionally only those directly under a parent code, in code order. */
  unitsOn(day: string, parentCode?: string): UnitPeriod[] {
    const on = toIsoDate(day, 'day');
    return this.units
      .filter((unit) => isValidOn(unit, on) && (parentCode === undefined || unit.parentCode === parentCode))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  /**
   * The desks of this data set open on a day: a district's while the district exists, and one per
   * commune-level unit whose desk is ours (not the wards that only took a piece of Gia Lâm).
   */
  desksOn(day: string): Desk[] {
    return this.unitsOn(day)
      .filter(
        (unit) =>
          unit.kind === 'DISTRICT' || (COMMUNE_LEVEL.includes(unit.kind) && (unit.outside?.deskInScope ?? true)),
      )
      .map((unit) => ({ unit, level: unit.kind === 'DISTRICT' ? 'DISTRICT' : 'COMMUNE' }));
  }
}
