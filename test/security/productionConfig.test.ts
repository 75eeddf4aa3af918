import { ConfigError, gatewaySecret } from '../../subgraphs/shared/config';
import { gatewaySettings } from '../../gateway/settings';

const PRODUCTION = {
  NODE_ENV: 'production',
  GATEWAY_SECRET: 's'.repeat(32),
  JWT_ISSUER: 'https://id.example',
  JWKS_URL: 'https://id.example/jwks',
};

describe('production refuses development defaults', () => {
  test('no GATEWAY_SECRET: the gateway and the subgraphs refuse to start', () => {
    expect(() => gatewaySecret({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => gatewaySecret({ NODE_ENV: 'production', GATEWAY_SECRET: 'short' })).toThrow(/32 characters/);
    expect(gatewaySecret({ NODE_ENV: 'development' })).toHaveLength(58);
  });

  test('no key source or issuer: the development key is never trusted', () => {
    expect(() => gatewaySettings({ ...PRODUCTION, JWKS_URL: undefined })).toThrow(/JWKS_URL or JWT_KEY_FILE/);
    expect(() => gatewaySettings({ ...PRODUCTION, JWT_ISSUER: undefined })).toThrow(/JWT_ISSUER/);
  });

  test('introspection is off in production unless enabled, on in development', () => {
    expect(gatewaySettings(PRODUCTION).introspection).toBe(false);
    expect(gatewaySettings({ ...PRODUCTION, INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(gatewaySettings({}).introspection).toBe(true);
  });

  test('shared-secret and "none" algorithms are refused for client tokens', () => {
    expect(() => gatewaySettings({ JWT_ALGORITHMS: 'HS256' })).toThrow(/asymmetric/);
    expect(() => gatewaySettings({ JWT_ALGORITHMS: 'none' })).toThrow(/asymmetric/);
  });

  test('limits are read from the environment and checked', () => {
    const settings = gatewaySettings({
      SUBGRAPH_TIMEOUT_MS: '2500',
      RATE_LIMIT_MAX: '50',
      MAX_PAGE_SIZE: '20',
      REDIS_URL: 'redis://r:6379',
    });
    expect([
      settings.subgraphTimeoutMs,
      settings.rateLimit.max,
      settings.maxPageSize,
      settings.rateLimit.redisUrl,
    ]).toEqual([2500, 50, 20, 'redis://r:6379']);
    expect(() => gatewaySettings({ RATE_LIMIT_MAX: '-1' })).toThrow(/RATE_LIMIT_MAX/);
    expect(() => gatewaySettings({ BODY_LIMIT: 'lots' })).toThrow(/BODY_LIMIT/);
  });
});
