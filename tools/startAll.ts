import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { serviceHost, servicePort, SUBGRAPH_NAMES } from '../subgraphs/shared/config';

/**
 * `npm start`: the three subgraphs and the gateway as four processes, as they run in
 * production, with their output prefixed by name. Stops them all when one dies or on Ctrl-C.
 */
const distRoot = path.resolve(__dirname, '..');
const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(distRoot, script)], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
      let buffer = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          out.write(`[${name}] ${line}\n`);
          if (line.includes(' ready at ')) resolve();
        }
      });
    };
    relay(child.stdout!, process.stdout);
    relay(child.stderr!, process.stderr);
    child.on('exit', (code) => {
      reject(new Error(`${name} exited with code ${code}`));
      if (!stopping) stopAll(1);
    });
  });
}

function stopAll(exitCode: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(exitCode), 3000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() =>
    process.exit(exitCode),
  );
}

process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));

(async () => {
  serviceHost(); // a NODE_ENV or HOST the services would refuse: say so once, before starting four
  const started = Date.now();
  await Promise.all(SUBGRAPH_NAMES.map((name) => start(name, `subgraphs/${name}/index.js`)));
  await start('gateway', 'gateway/index.js');
  console.log(
    `All services up in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
      `Dashboard http://localhost:${servicePort('gateway')}/, GraphQL http://localhost:${servicePort('gateway')}/graphql`,
  );
})().catch((error) => {
  console.error(error.message);
  stopAll(1);
});
