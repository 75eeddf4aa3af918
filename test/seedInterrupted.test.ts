import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { communeSubgraph } from '../subgraphs/commune/communeSubgraph';
import { databaseConfig } from '../subgraphs/shared/config';
import { dropMysqlDatabase, openDatabase } from '../subgraphs/shared/database';
import { repoRoot } from '../subgraphs/shared/paths';
import { countRows } from './support/countRows';
import { tsEntryArgs } from './support/tsEntry';

/**
 * A first start stopped while it seeds (Ctrl-C, a crash) must not leave a half-seeded database
 * that later starts take for a seeded one: the seed is one transaction.
 */
test('a seed killed halfway leaves an empty database, which the next start seeds again', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', COMMUNE_PORT: '0' };
  if (process.env.DATABASE_URL) env.DB_PREFIX = `${process.env.DB_PREFIX}_interrupted`;
  else env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'onestop-interrupted-'));
  const config = databaseConfig('commune', env);
  if (config.kind === 'mysql') await dropMysqlDatabase(config);

  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, tsEntryArgs('subgraphs/commune/index.ts'), { env, cwd: repoRoot() });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      // The commune seed writes about 150,000 dossiers: a second in, it is well under way.
      if (output.includes('seeding the Gia Lâm data set')) setTimeout(() => child.kill('SIGKILL'), 1000);
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' && !output.includes('ready at')
        ? resolve()
        : reject(new Error(`not killed while seeding: ${output}`)),
    );
  });

  const ds = await openDatabase(config, communeSubgraph);
  try {
    const tables = ['commune', 'admin_procedure', 'holiday', 'dossier', 'dossier_event', 'dossier_day_rollup'];
    expect(await countRows(ds, tables)).toEqual(Object.fromEntries(tables.map((t) => [t, 0])));
    expect(await communeSubgraph.isEmpty(ds)).toBe(true);
  } finally {
    await ds.destroy();
  }
});
