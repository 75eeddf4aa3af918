import { EntitySchema } from 'typeorm';

/**
 * An event a desk pushed, by the desk's own event id: a retried push finds it here and gets the
 * first result back instead of being applied twice.
 */
export interface DeskEventRecord {
  unitCode: string;
  eventId: string;
  /** sha256 of the event as sent: the same id with another payload is refused. */
  requestHash: string;
  /** The first result, as JSON. */
  result: string;
  recordedAt: Date;
}

export const DeskEventEntity = new EntitySchema<DeskEventRecord>({
  name: 'DeskEvent',
  tableName: 'desk_event',
  columns: {
    unitCode: { name: 'unit_code', type: 'varchar', length: 10, primary: true },
    eventId: { name: 'event_id', type: 'varchar', length: 100, primary: true },
    requestHash: { name: 'request_hash', type: 'varchar', length: 64 },
    result: { type: 'text' },
    recordedAt: { name: 'recorded_at', type: 'datetime', precision: 3 },
  },
});
