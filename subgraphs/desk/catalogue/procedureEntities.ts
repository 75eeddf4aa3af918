import { EntitySchema } from 'typeorm';

export type OnlineLevel = 'FULL' | 'PARTIAL' | 'NONE';
export type ProcedureLevel = 'DISTRICT' | 'COMMUNE';

/** An administrative procedure (thủ tục hành chính) of one level's catalogue. */
export interface Procedure {
  code: string;
  name: string;
  sector: string;
  timeLimitDays: number;
  feeVnd: number;
  onlineLevel: OnlineLevel;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Which level's desks handle it; each database holds one level's catalogue. */
  level: ProcedureLevel;
  /** `name` folded for diacritic-free search (searchText.ts). */
  searchName: string;
  /** Not stored: the day `level` answers for when none is asked (a dossier's receipt day). */
  levelDay?: string;
}

/** A decision that simplified a procedure, mostly by shortening its time limit. */
export interface Simplification {
  id?: number;
  procedureCode: string;
  decisionNumber: string;
  decisionDate: string;
  timeLimitBefore: number;
  timeLimitAfter: number;
}

// `procedure` is a reserved word in MySQL, hence the table name.
export const ProcedureEntity = new EntitySchema<Procedure>({
  name: 'Procedure',
  tableName: 'admin_procedure',
  columns: {
    code: { type: 'varchar', length: 20, primary: true },
    name: { type: 'varchar', length: 500 },
    sector: { type: 'varchar', length: 150 },
    timeLimitDays: { name: 'time_limit_days', type: 'int' },
    feeVnd: { name: 'fee_vnd', type: 'int' },
    onlineLevel: { name: 'online_level', type: 'varchar', length: 10 },
    effectiveFrom: { name: 'effective_from', type: 'date' },
    effectiveTo: { name: 'effective_to', type: 'date', nullable: true },
    level: { type: 'varchar', length: 10 },
    searchName: { name: 'search_name', type: 'varchar', length: 500 },
  },
});

export const SimplificationEntity = new EntitySchema<Simplification>({
  name: 'Simplification',
  tableName: 'simplification',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    procedureCode: { name: 'procedure_code', type: 'varchar', length: 20 },
    decisionNumber: { name: 'decision_number', type: 'varchar', length: 50 },
    decisionDate: { name: 'decision_date', type: 'date' },
    timeLimitBefore: { name: 'time_limit_before', type: 'int' },
    timeLimitAfter: { name: 'time_limit_after', type: 'int' },
  },
});
