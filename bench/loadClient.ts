import { fork } from 'node:child_process';
import path from 'node:path';
import type { LoadOutcome, LoadPlan } from './loadPlan';

/** Runs one plan in a fresh load-generator process (bench/loadWorker.ts) and returns what it measured. */
export function runLoad(plan: LoadPlan): Promise<LoadOutcome> {
  const child = fork(path.join(__dirname, 'loadWorker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message: LoadOutcome | { error: string }) => {
      if ('error' in message) reject(new Error(`load generator: ${message.error}`));
      else resolve(message);
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    child.send(plan);
  });
}
