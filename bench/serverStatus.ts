import { readFileSync } from 'node:fs';
import mysql from 'mysql2/promise';

/**
 * What the MySQL/MariaDB server of `DATABASE_URL` did over a run, from its global status: the
 * buffer pool's logical reads and those that had to go to disk (its hit rate), rows read by
 * InnoDB, and the server process's pid (its CPU is read from /proc like the other processes').
 * Global counters: on a shared server they include everyone's statements, so read them beside
 * the run's own statement count.
 */
export interface ServerStatus {
  pid: number | null;
  readRequests: number;
  diskReads: number;
  rowsRead: number;
}

// Rows read: MariaDB counts them in Rows_read (its Innodb_rows_read stays 0 here), MySQL in Innodb_rows_read.
const COUNTERS = ['Innodb_buffer_pool_read_requests', 'Innodb_buffer_pool_reads', 'Rows_read', 'Innodb_rows_read'];

export async function serverStatus(url = process.env.DATABASE_URL): Promise<ServerStatus | null> {
  if (!url?.startsWith('mysql')) return null;
  const connection = await mysql.createConnection({ uri: url });
  try {
    const [rows] = await connection.query(`SHOW GLOBAL STATUS WHERE Variable_name IN (?)`, [COUNTERS]);
    const value = new Map(
      (rows as { Variable_name: string; Value: string }[]).map((r) => [r.Variable_name, Number(r.Value)]),
    );
    const [[{ pidFile }]] = (await connection.query('SELECT @@pid_file AS pidFile')) as any;
    return {
      pid: pidOf(pidFile),
      readRequests: value.get(COUNTERS[0]) ?? 0,
      diskReads: value.get(COUNTERS[1]) ?? 0,
      rowsRead: value.get(COUNTERS[2]) || value.get(COUNTERS[3]) || 0,
    };
  } finally {
    await connection.end();
  }
}

function pidOf(pidFile: string): number | null {
  try {
    return Number(readFileSync(pidFile, 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

/** The buffer pool's hit rate (%) and rows read per request between two readings. */
export function serverDelta(before: ServerStatus | null, after: ServerStatus | null, requests: number) {
  if (!before || !after || requests === 0) return null;
  const logical = after.readRequests - before.readRequests;
  const disk = after.diskReads - before.diskReads;
  return {
    bufferPoolHitPercent: logical ? Math.round((1 - disk / logical) * 10_000) / 100 : null,
    diskReadsPerRequest: Math.round((disk / requests) * 10) / 10,
    pageReadsPerRequest: Math.round((logical / requests) * 10) / 10,
    rowsReadPerRequest: Math.round(((after.rowsRead - before.rowsRead) / requests) * 10) / 10,
  };
}
