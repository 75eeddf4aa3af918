import { ConfigError, databaseConfig, servicePort, subgraphUrl } from '../subgraphs/shared/config';

describe('configuration from the environment', () => {
  test('DATABASE_URL puts each subgraph in its own MySQL database <prefix>_<subgraph>', () => {
    const env = { DATABASE_URL: 'mysql://app:s%40cret@db.internal:3307', DB_PREFIX: 'gialam' };
    expect(databaseConfig('district', env)).toEqual({
      kind: 'mysql',
      host: 'db.internal',
      port: 3307,
      username: 'app',
      password: 's@cret',
      database: 'gialam_district',
    });
    expect(databaseConfig('commune', env)).toMatchObject({ database: 'gialam_commune' });
    expect(databaseConfig('reform', { DATABASE_URL: 'mysql://root@127.0.0.1' })).toMatchObject({
      database: 'onestop_reform',
      port: 3306,
    });
  });

  test('without DATABASE_URL each subgraph has its own SQLite file under DATA_DIR', () => {
    expect(databaseConfig('reform', { DATA_DIR: '/srv/onestop' })).toEqual({
      kind: 'sqlite',
      file: '/srv/onestop/reform.sqlite',
    });
  });

  test('a bad DATABASE_URL, prefix or port is refused with the variable named', () => {
    expect(() => databaseConfig('district', { DATABASE_URL: 'postgres://x@y' })).toThrow(ConfigError);
    expect(() => databaseConfig('district', { DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => databaseConfig('district', { DB_PREFIX: 'x; DROP' })).toThrow(/DB_PREFIX/);
    expect(() => servicePort('commune', { COMMUNE_PORT: 'abc' })).toThrow(/COMMUNE_PORT/);
  });

  test('ports default to 4000-4003 and can be overridden', () => {
    expect([
      servicePort('gateway', {}),
      servicePort('district', {}),
      servicePort('commune', {}),
      servicePort('reform', {}),
    ]).toEqual([4000, 4001, 4002, 4003]);
    expect(servicePort('gateway', { PORT: '8080' })).toBe(8080);
    expect(subgraphUrl('reform', { REFORM_PORT: '5003' })).toBe('http://localhost:5003/graphql');
    expect(subgraphUrl('reform', { REFORM_URL: 'http://reform:4003/graphql' })).toBe('http://reform:4003/graphql');
  });
});
