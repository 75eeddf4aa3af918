import type { EntityManager } from 'typeorm';
import { addDays } from '../../../shared/dates';
import type { WorkingCalendar } from '../../calendar/WorkingCalendar';
import { insertInChunks } from '../../seed/insertInChunks';
import { FeedbackEntity, ProcedureFactEntity, type FeedbackRow, type ProcedureFactRow } from './factTables';
import { FEEDBACK_TIME_LIMIT } from './feedbackWrites';

/*
 * The seed's scorecard facts, derived from the dossiers already inserted, so that no extra
 * random stream is drawn (every dossier stays as it was) and the seed stays cheap: two
 * INSERT ... SELECT over the dossier table, and a few hundred procedures and about one feedback
 * item per 150 dossiers written from TypeScript (their days need the working-day calendar).
 *
 * Shares vary by unit and month (v, 0 to 9) so that dashboards see units and months lose points
 * in each group; r is a dossier's own draw (0 to 99) from its id.
 */
const r = '(d.id % 100)';
const v = `((SUBSTR(d.unit_code, -2) + 0 + 3 * (SUBSTR(d.received_on, 6, 2) + 0)) % 10)`;
const share = (base: number, step: number) => `CASE WHEN ${r} < ${base} + ${step} * ${v} THEN 1 ELSE 0 END`;

const DOSSIER_FACTS = `INSERT INTO dossier_fact (dossier_code, unit_code, fee, paid_online, documents_digitised,
    result_electronic, certified_copies, certified_electronically, reused_data, shared_for_reuse,
    used_population_db, synced_to_portal)
  SELECT d.code, d.unit_code, p.fee_vnd,
    CASE WHEN p.fee_vnd > 0 AND d.channel = 'ONLINE' AND ${r} < 70 + 3 * ${v} THEN 1 ELSE 0 END,
    ${share(60, 4)}, ${share(50, 5)},
    CASE WHEN ${r} % 5 = 0 THEN 1 + ${r} % 3 ELSE 0 END,
    CASE WHEN ${r} % 5 = 0 AND ${r} < 30 + 6 * ${v} THEN 1 + ${r} % 3 ELSE 0 END,
    ${share(40, 5)}, ${share(30, 5)}, ${share(55, 4)}, ${share(90, 1)}
  FROM dossier d JOIN admin_procedure p ON p.code = d.procedure_code`;

// About one dossier in ten is rated, on the day it was resolved; one rating in 10 to 20 a dislike.
const RATINGS = `INSERT INTO dossier_rating (dossier_code, unit_code, rated_on, verdict)
  SELECT d.code, d.unit_code, d.resolved_on, CASE WHEN d.id % 200 < 10 + 10 * (${v} % 2) THEN 'DISLIKE' ELSE 'LIKE' END
  FROM dossier d WHERE d.id % 10 = 3 AND d.resolved_on IS NOT NULL`;

/** A stable draw from a procedure's code, 0 to 99. */
function draw(code: string): number {
  let h = 7;
  for (const c of code) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
  return h % 100;
}

async function procedureFacts(manager: EntityManager): Promise<ProcedureFactRow[]> {
  const rows: { code: string; effective_from: string; fee_vnd: number; online_level: string }[] = await manager.query(
    'SELECT code, effective_from, fee_vnd, online_level FROM admin_procedure ORDER BY code',
  );
  return rows.map((p) => {
    const h = draw(p.code);
    const updated = h % 3 === 0;
    const updateDue = addDays('2021-03-01', (h * 53) % 2000);
    return {
      procedureCode: p.code,
      publishedOn: addDays(p.effective_from, h % 10 === 0 ? 2 : -5),
      publicationDueOn: addDays(p.effective_from, -3),
      madePublicOn: updated ? addDays(updateDue, h % 7 === 0 ? 4 : -2) : null,
      updateDueOn: updated ? updateDue : null,
      contentFullyPublic: h % 20 !== 0,
      onlinePaymentOffered: p.fee_vnd > 0 && p.online_level !== 'NONE' && h % 5 !== 0,
      populationDbConnected: h % 3 !== 1,
    };
  });
}

/**
 * Feedback (phản ánh, kiến nghị) on about one dossier in 150. None is a complaint about
 * dissatisfaction before July 2021: the record's F15 (none in the first half of 2021).
 */
async function feedback(manager: EntityManager, calendar: WorkingCalendar): Promise<FeedbackRow[]> {
  const rows: { id: number; code: string; unit_code: string; received_on: string }[] = await manager.query(
    'SELECT id, code, unit_code, received_on FROM dossier WHERE id % 150 = 7 ORDER BY id',
  );
  return rows.map((d) => {
    // The item's own draw: ids here all leave 7 over 150, so their other residues would not vary.
    const n = Math.floor(d.id / 150);
    const receivedOn = calendar.nextWorkingDay(d.received_on);
    const answeredOn = calendar.addWorkingDays(receivedOn, 2 + (n % 13) + (n % 9 === 0 ? 6 : 0));
    return {
      unitCode: d.unit_code,
      feedbackId: `PAKN-${d.code}`,
      status: 'CLOSED',
      receivedOn,
      dueOn: calendar.addWorkingDays(receivedOn, FEEDBACK_TIME_LIMIT),
      assignedOn: receivedOn,
      answeredOn,
      closedOn: calendar.addWorkingDays(answeredOn, 2),
      classification: n % 3 === 0 ? 'STAFF' : 'PROCEDURE',
      aboutDissatisfaction: receivedOn >= '2021-07-01' && n % 4 === 0,
      satisfiedWithAnswer: n % 11 !== 0,
      dossierCode: d.code,
    };
  });
}

/** Inside the seed's transaction, once the dossiers are in. */
export async function seedScorecardFacts(manager: EntityManager, calendar: WorkingCalendar): Promise<void> {
  await manager.query(DOSSIER_FACTS);
  await manager.query(RATINGS);
  await insertInChunks(manager, ProcedureFactEntity, await procedureFacts(manager));
  await insertInChunks(manager, FeedbackEntity, await feedback(manager, calendar));
}
