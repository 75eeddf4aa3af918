import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import type { MysqlServer } from '../subgraphs/shared/config';

/**
 * A MariaDB primary and a replica of it on this machine, for the replica test and `npm run
 * bench:replica`: two `mariadbd` processes on free loopback ports, with data and sockets in a
 * folder under the system's temp folder. No accounts (`--skip-grant-tables`): they listen on
 * 127.0.0.1 only and live for one test file or bench run.
 */
export interface ReplicationPair {
  primary: MysqlServer;
  replica: MysqlServer;
  /** One statement on a server, on a connection of its own. */
  run(server: MysqlServer, sql: string): Promise<any[]>;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

async function run(server: MysqlServer, sql: string): Promise<any[]> {
  const connection = await mysql.createConnection({ host: server.host, port: server.port, user: server.username });
  try {
    return (await connection.query(sql))[0] as any[];
  } finally {
    await connection.end();
  }
}

async function whenUp(server: MysqlServer, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`mariadbd on port ${server.port} exited with ${child.exitCode}`);
    try {
      await run(server, 'SELECT 1');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`mariadbd on port ${server.port} did not answer within 30 s`);
}

function startServer(dir: string, port: number, serverId: number): ChildProcess {
  const args = [
    '--no-defaults',
    `--datadir=${path.join(dir, 'data')}`,
    `--socket=${path.join(dir, 'mariadbd.sock')}`,
    `--pid-file=${path.join(dir, 'mariadbd.pid')}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--skip-grant-tables',
    `--server-id=${serverId}`,
    `--log-bin=${path.join(dir, 'data', 'binlog')}`,
    '--innodb-buffer-pool-size=64M',
    '--skip-log-error',
  ];
  // Without accounts the primary logs triggers with DEFINER=`` (no user), which a replica refuses
  // (error 1959, "Invalid role specification"); the replica skips them: they only guard writes
  // (append-only tables), and no one writes to a replica.
  if (serverId !== 1) args.push('--slave-skip-errors=1959');
  // mariadbd refuses to run as root unless told to.
  if (os.userInfo().uid === 0) args.push('--user=root');
  return spawn('mariadbd', args, { stdio: 'ignore' });
}

/** Stops the servers, then removes their folder. */
async function stopAndRemove(children: ChildProcess[], root: string): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  rmSync(root, { recursive: true, force: true });
}

/** Installs one data folder, copies it for the replica, starts both and starts replication. */
export async function startReplicationPair(): Promise<ReplicationPair> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'onestop-replica-'));
  const dirs = [path.join(root, 'primary'), path.join(root, 'replica')];
  const children: ChildProcess[] = [];
  const stop = () => stopAndRemove(children, root);
  try {
    const install = ['--no-defaults', `--datadir=${path.join(dirs[0], 'data')}`, '--skip-test-db'];
    if (os.userInfo().uid === 0) install.push('--user=root');
    await promisify(execFile)('mariadb-install-db', install);
    cpSync(dirs[0], dirs[1], { recursive: true });
    const [primary, replica] = await Promise.all(
      [0, 1].map(async (): Promise<MysqlServer> => ({
        host: '127.0.0.1',
        port: await freePort(),
        username: 'root',
        password: '',
      })),
    );
    children.push(startServer(dirs[0], primary.port, 1), startServer(dirs[1], replica.port, 2));
    await Promise.all([whenUp(primary, children[0]), whenUp(replica, children[1])]);
    await run(
      replica,
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='root', MASTER_USE_GTID=slave_pos`,
    );
    await run(replica, 'START SLAVE');
    return { primary, replica, run, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
