import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Service {
  name: string;
  url: string;
  child: ChildProcess;
  /** Its Prometheus endpoint, when its ready line names one (our gateway and subgraphs). */
  metricsUrl?: string;
  /** Peak resident set of the process so far, in MiB (Linux VmHWM; current RSS elsewhere is not available). */
  peakRssMiB(): number | null;
  stop(): Promise<void>;
}

const DIST = path.resolve(__dirname, '..');
/** Every process startService has spawned, for killStarted(). */
const running = new Set<ChildProcess>();

function spawnNode(entry: string, env: NodeJS.ProcessEnv, args: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), path.join(DIST, entry), ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  return child;
}

/** Kills every service still running, started or still starting (a bench interrupted mid-start). */
export function killStarted(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * Starts a compiled entry point (relative to dist/) as its own process and waits for the line
 * announcing its URL ("... ready at http://...") so every service is measured as it is deployed:
 * one process each, its memory its own.
 */
export function startService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<Service> {
  const child = spawnNode(entry, env, args);
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start in 120 s:\n${log}`)), 120_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(log);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      const metrics = /"metrics":"(http[^"]+)"/.exec(log)?.[1];
      resolve(service(name, match[1].replace('localhost', '127.0.0.1'), child, metrics));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (process.env.BENCH_VERBOSE) process.stderr.write(`[${name}] ${chunk}`);
    });
    child.once('exit', (code) => fail(new Error(`${name} exited with ${code} before it was ready:\n${log}`)));
  });
}

function service(name: string, url: string, child: ChildProcess, metricsUrl?: string): Service {
  child.removeAllListeners('exit');
  let stopping = false;
  // A service that dies under load must say so: its target's runs would otherwise only show refused connections.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`bench: ${name} exited (${signal ?? code}) while the bench was running`);
  });
  return {
    name,
    url,
    child,
    metricsUrl,
    peakRssMiB() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = /VmHWM:\s+(\d+) kB/.exec(status);
        return kb ? Math.round(Number(kb[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    stop() {
      stopping = true;
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    },
  };
}
