import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';

/**
 * A redis-server of the test's own, on a free port, that the test may stop and start again
 * (never the shared one). It writes nothing unless told to (`save()`), into a directory of its
 * own, which a restart reads back: `save()` then `stop()` and `start()` is a Redis that comes
 * back with its data; `stop({ forget: true })` one that comes back empty.
 */
export interface OwnRedis {
  url: string;
  start(): Promise<void>;
  save(): Promise<void>;
  stop(options?: { forget?: boolean }): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function command(url: string, ...args: [string, ...string[]]): Promise<unknown> {
  const client = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await client.call(...args);
  } finally {
    client.disconnect();
  }
}

export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'own-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const own: OwnRedis = {
    url,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
        { stdio: 'ignore' },
      );
      for (let i = 0; i < 200; i++) {
        if (
          await command(url, 'PING').then(
            () => true,
            () => false,
          )
        )
          return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('redis-server did not start');
    },
    save: async () => void (await command(url, 'SAVE')),
    async stop({ forget = false } = {}) {
      const running = child;
      child = undefined;
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGTERM');
        await exited;
      }
      if (forget) rmSync(path.join(dir, 'dump.rdb'), { force: true });
    },
    async close() {
      await own.stop({ forget: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await own.start();
  return own;
}
