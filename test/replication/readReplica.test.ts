import { communeSubgraph } from '../../subgraphs/commune/communeSubgraph';
import { seedCommune } from '../../subgraphs/commune/seed/seedCommune';
import { districtSubgraph } from '../../subgraphs/district/districtSubgraph';
import { seedDistrict } from '../../subgraphs/district/seed/seedDistrict';
import { ConfigError, databaseConfig, type DatabaseConfig } from '../../subgraphs/shared/config';
import { startReplicationPair, type ReplicationPair } from '../../bench/mariadbReplication';
import { seedVariant } from '../support/seedVariant';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { onMysql, testDatabase } from '../support/testDatabases';
import { receivedAtBatTrang } from '../support/receivedAtBatTrang';
import { tokenFor } from '../support/tokens';

type MysqlConfig = Extract<DatabaseConfig, { kind: 'mysql' }>;

describe('DATABASE_REPLICA_URLS', () => {
  test('lists mysql:// replicas of DATABASE_URL; anything else is refused at start, naming the variable', () => {
    const env = {
      DATABASE_URL: 'mysql://app@db:3306',
      DATABASE_REPLICA_URLS: 'mysql://r@replica1:3307, mysql://r@replica2',
    };
    expect(databaseConfig('commune', env)).toMatchObject({
      host: 'db',
      replicas: [
        { host: 'replica1', port: 3307, username: 'r' },
        { host: 'replica2', port: 3306, username: 'r' },
      ],
    });
    for (const bad of ['replica1:3307', 'postgres://r@replica1', 'mysql://r@replica1,'])
      expect(() => databaseConfig('commune', { ...env, DATABASE_REPLICA_URLS: bad })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => databaseConfig('commune', { DATABASE_REPLICA_URLS: 'mysql://r@replica1' })).toThrow(ConfigError);
  });
});

const WEEK = [{ from: '2021-07-05', to: '2021-07-09', received: 400 }];
const REPORT = `{ district(code: "018") { report(from: "2021-07-05", to: "2021-07-09") {
  byCommune { commune { code } dossiers { received } } } } }`;
const RECORD = `mutation($e: DeskEventInput!) { recordCommuneDeskEvent(event: $e) { dossierCode status } }`;

/** A real primary and replica (two mariadbd processes the test starts), the commune and district subgraphs on them. */
(onMysql() ? describe : describe.skip)('statistics read from a MariaDB replica', () => {
  let pair: ReplicationPair;
  let supergraph: RunningSupergraph;
  let desk: string;
  let commune: MysqlConfig;
  const waitMs = process.env.REPLICA_WAIT_MS;

  const batTrang = async () => {
    const response = await supergraph.queryGateway(REPORT, undefined, { headers: { 'cache-control': 'no-cache' } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.district.report.byCommune.find((r: any) => r.commune.code === '00583').dossiers.received;
  };
  const dossiersOn = async (server: 'primary' | 'replica') =>
    Number((await pair.run(pair[server], `SELECT COUNT(*) AS n FROM \`${commune.database}\`.dossier`))[0].n);
  const selects = async (server: 'primary' | 'replica') =>
    Number((await pair.run(pair[server], "SHOW GLOBAL STATUS LIKE 'Com_select'"))[0].Value);
  const receive = (reference: string) =>
    supergraph.queryGateway(RECORD, { e: receivedAtBatTrang(reference, reference, 'Nguyễn Văn A') }, { token: desk });

  beforeAll(async () => {
    // A replica that has stopped costs a read this long before it goes to the primary.
    process.env.REPLICA_WAIT_MS = '300';
    pair = await startReplicationPair();
    const onPrimary = (name: 'district' | 'commune') => ({
      ...(testDatabase(name, 'replica') as MysqlConfig),
      ...pair.primary,
    });
    const district = onPrimary('district');
    commune = onPrimary('commune');
    await seedVariant(district, districtSubgraph, (ds) => seedDistrict(ds, { periods: WEEK }));
    await seedVariant(commune, communeSubgraph, (ds) => seedCommune(ds, { periods: WEEK }));
    supergraph = await startSupergraph({
      district: { ...district, replicas: [pair.replica] },
      commune: { ...commune, replicas: [pair.replica] },
    });
    desk = await tokenFor('desk', { unitCode: '00583', subject: 'mot-cua-bat-trang' });
  }, 90_000);
  afterAll(async () => {
    await supergraph?.stop();
    await pair?.stop();
    if (waitMs === undefined) delete process.env.REPLICA_WAIT_MS;
    else process.env.REPLICA_WAIT_MS = waitMs;
  });

  test('a change on the primary shows only once the replica has applied it: the figures come from the replica', async () => {
    const before = await batTrang();
    await pair.run(pair.replica, 'STOP SLAVE');
    // An unrelated connection changes Bát Tràng's rollups and moves its counter, as an import would.
    await pair.run(
      pair.primary,
      `UPDATE \`${commune.database}\`.dossier_cohort_rollup SET n = n + 1000
        WHERE unit_code = '00583' AND received_on BETWEEN '2021-07-05' AND '2021-07-09' ORDER BY received_on LIMIT 1`,
    );
    await pair.run(
      pair.primary,
      `UPDATE \`${commune.database}\`.rollup_version SET version = version + 1 WHERE unit_code = '00583'`,
    );
    expect(await batTrang()).toBe(before);

    await pair.run(pair.replica, 'START SLAVE');
    const [{ position }] = await pair.run(pair.primary, 'SELECT @@gtid_binlog_pos AS position');
    await pair.run(pair.replica, `SELECT MASTER_GTID_WAIT('${position}', 30)`);
    expect(await batTrang()).toBe(before + 1000);
  });

  test('a desk reads its own write at once, from the replica once it has it', async () => {
    const before = await batTrang();
    expect((await receive('BT-REPLICA-1')).body.errors).toBeUndefined();
    const [primarySelects, replicaSelects] = [await selects('primary'), await selects('replica')];
    expect(await batTrang()).toBe(before + 1);
    // The primary read one row, district 018's own (reference data, not a statistic); the figures came from the replica.
    expect(await selects('primary')).toBe(primarySelects + 1);
    expect(await selects('replica')).toBeGreaterThan(replicaSelects);
  });

  test('while the replica has stopped, a desk still reads its own write (from the primary)', async () => {
    const before = await batTrang();
    await pair.run(pair.replica, 'STOP SLAVE');
    try {
      expect((await receive('BT-REPLICA-2')).body.errors).toBeUndefined();
      expect(await batTrang()).toBe(before + 1);
      expect((await dossiersOn('replica')) + 1).toBe(await dossiersOn('primary'));
    } finally {
      await pair.run(pair.replica, 'START SLAVE');
    }
  });
});
