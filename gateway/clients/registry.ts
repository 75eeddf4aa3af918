import path from 'node:path';
import type { DataSource } from 'typeorm';
import { databaseConfig, type DatabaseConfig } from '../../subgraphs/shared/config';
import { openDatabase } from '../../subgraphs/shared/database';
import { Clients1765900000001 } from './migrations/Clients1765900000001';
import { ClientTokensNotBefore1765900000002 } from './migrations/ClientTokensNotBefore1765900000002';
import { DECOY_HASH, hashSecret, newClientId, newSecret, secretMatches } from './secrets';
import type { TrustedOperation } from './manifests';

/** Roles a registered client may be given (the others need claims a client cannot vouch for). */
export const CLIENT_ROLES = ['integrator', 'admin'] as const;

export interface Quota {
  perMinute: number;
  perDay: number;
  costPerDay: number;
}

export interface ClientRecord {
  clientId: string;
  name: string;
  contact: string;
  roles: string[];
  status: 'active' | 'suspended';
  quota: Quota;
  manifests: string[];
  createdAt: string;
  /** When it was last suspended: its tokens issued before then are refused, even once resumed. */
  tokensNotBefore?: string;
}

export interface Registration {
  name: string;
  contact: string;
  roles: string[];
  quota: Quota;
  manifests?: string[];
}

/** The registry's database: `<DATA_DIR>/clients.sqlite`, or `<DB_PREFIX>_clients` on DATABASE_URL's server. */
export function clientsDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const config = databaseConfig('district', env);
  if (config.kind === 'mysql') return { ...config, database: config.database.replace(/_district$/, '_clients') };
  return config.file === ':memory:'
    ? config
    : { kind: 'sqlite', file: path.join(path.dirname(config.file), 'clients.sqlite') };
}

const list = (text: string) => text.split(',').filter(Boolean);

function recordFrom(row: any): ClientRecord {
  return {
    clientId: row.client_id,
    name: row.name,
    contact: row.contact,
    roles: list(row.roles),
    status: row.status,
    quota: { perMinute: Number(row.per_minute), perDay: Number(row.per_day), costPerDay: Number(row.cost_per_day) },
    manifests: list(row.manifests),
    createdAt: row.created_at,
    tokensNotBefore: row.tokens_not_before ?? undefined,
  };
}

function checkRegistration(r: Registration): void {
  if (!r.name?.trim() || r.name.length > 200) throw new RangeError('name is required (at most 200 characters)');
  if (!r.contact?.trim() || r.contact.length > 200)
    throw new RangeError('contact is required (at most 200 characters)');
  if (!r.roles.length || r.roles.some((role) => !(CLIENT_ROLES as readonly string[]).includes(role)))
    throw new RangeError(`roles must be among ${CLIENT_ROLES.join(', ')}`);
  for (const value of Object.values(r.quota))
    if (!Number.isInteger(value) || value <= 0) throw new RangeError('quotas must be positive integers');
}

/**
 * The registered clients, their hashed secrets, the trusted-operation manifests and the audit
 * of every change (who, when, what; never a secret).
 */
export class ClientRegistry {
  private constructor(readonly db: DataSource) {}

  static async open(config: DatabaseConfig = clientsDatabaseConfig()): Promise<ClientRegistry> {
    return new ClientRegistry(
      await openDatabase(config, {
        entities: [],
        migrations: [Clients1765900000001, ClientTokensNotBefore1765900000002],
      }),
    );
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  private async audit(clientId: string, actor: string, action: string, detail: object): Promise<void> {
    await this.db.query('INSERT INTO client_audit (client_id, actor, at, action, detail) VALUES (?, ?, ?, ?, ?)', [
      clientId,
      actor,
      new Date().toISOString(),
      action,
      JSON.stringify(detail),
    ]);
  }

  /** Registers a client; the secret is returned here once and stored only hashed. */
  async register(r: Registration, actor: string): Promise<{ clientId: string; clientSecret: string }> {
    checkRegistration(r);
    const clientId = newClientId();
    const clientSecret = newSecret();
    await this.db.query(
      `INSERT INTO api_client (client_id, name, contact, roles, status, secret_hash, per_minute, per_day, cost_per_day, manifests, created_at)
       VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)`,
      [
        clientId,
        r.name,
        r.contact,
        r.roles.join(','),
        await hashSecret(clientSecret),
        r.quota.perMinute,
        r.quota.perDay,
        r.quota.costPerDay,
        (r.manifests ?? []).join(','),
        new Date().toISOString(),
      ],
    );
    await this.audit(clientId, actor, 'register', { ...r, manifests: r.manifests ?? [] });
    return { clientId, clientSecret };
  }

  async get(clientId: string): Promise<ClientRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM api_client WHERE client_id = ?', [clientId]);
    return row ? recordFrom(row) : undefined;
  }

  async list(): Promise<ClientRecord[]> {
    return (await this.db.query('SELECT * FROM api_client ORDER BY created_at, client_id')).map(recordFrom);
  }

  /** The client when `secret` is its current secret, or its previous one within the grace period. */
  async authenticate(clientId: string, secret: string): Promise<ClientRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM api_client WHERE client_id = ?', [clientId]);
    if (!row) {
      await secretMatches(secret, DECOY_HASH);
      return undefined;
    }
    if (await secretMatches(secret, row.secret_hash)) return recordFrom(row);
    const graceLeft = row.previous_valid_until && new Date(row.previous_valid_until).getTime() > Date.now();
    if (graceLeft && (await secretMatches(secret, row.previous_secret_hash))) return recordFrom(row);
    return undefined;
  }

  private async setStatus(clientId: string, status: ClientRecord['status'], actor: string): Promise<void> {
    if (!(await this.get(clientId))) throw new RangeError(`no client ${clientId}`);
    if (status === 'suspended')
      await this.db.query('UPDATE api_client SET status = ?, tokens_not_before = ? WHERE client_id = ?', [
        status,
        new Date().toISOString(),
        clientId,
      ]);
    else await this.db.query('UPDATE api_client SET status = ? WHERE client_id = ?', [status, clientId]);
    await this.audit(clientId, actor, status === 'active' ? 'resume' : 'suspend', {});
  }

  suspend = (clientId: string, actor: string) => this.setStatus(clientId, 'suspended', actor);
  resume = (clientId: string, actor: string) => this.setStatus(clientId, 'active', actor);

  /** A new secret; the old one keeps working for `graceSeconds` so integrators can switch without downtime. */
  async rotate(clientId: string, graceSeconds: number, actor: string): Promise<string> {
    const [row] = await this.db.query('SELECT secret_hash FROM api_client WHERE client_id = ?', [clientId]);
    if (!row) throw new RangeError(`no client ${clientId}`);
    const clientSecret = newSecret();
    const until = new Date(Date.now() + graceSeconds * 1000).toISOString();
    await this.db.query(
      'UPDATE api_client SET secret_hash = ?, previous_secret_hash = ?, previous_valid_until = ? WHERE client_id = ?',
      [await hashSecret(clientSecret), row.secret_hash, until, clientId],
    );
    await this.audit(clientId, actor, 'rotate', { previousSecretValidUntil: until });
    return clientSecret;
  }

  /** Binds a client to manifests (none: it may run any operation its role allows). */
  async bind(clientId: string, manifests: string[], actor: string): Promise<void> {
    if (!(await this.get(clientId))) throw new RangeError(`no client ${clientId}`);
    await this.db.query('UPDATE api_client SET manifests = ? WHERE client_id = ?', [manifests.join(','), clientId]);
    await this.audit(clientId, actor, 'bind', { manifests });
  }

  async auditOf(clientId: string): Promise<Array<{ actor: string; at: string; action: string; detail: string }>> {
    return this.db.query('SELECT actor, at, action, detail FROM client_audit WHERE client_id = ? ORDER BY id', [
      clientId,
    ]);
  }

  /** Replaces a manifest's operations (audited under `manifest:<name>`). */
  async registerManifest(name: string, operations: TrustedOperation[], actor: string): Promise<void> {
    if (!/^[a-z0-9_-]{1,100}$/i.test(name)) throw new RangeError('a manifest name is 1-100 letters, digits, - or _');
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM trusted_operation WHERE manifest = ?', [name]);
      for (const op of operations)
        await tx.query(
          'INSERT INTO trusted_operation (manifest, operation_id, operation_name, body) VALUES (?, ?, ?, ?)',
          [name, op.id, op.name, op.body],
        );
    });
    await this.audit(`manifest:${name}`, actor, 'manifest', { operations: operations.map((op) => op.id) });
  }

  async manifests(): Promise<Map<string, TrustedOperation[]>> {
    const rows = await this.db.query('SELECT manifest, operation_id, operation_name, body FROM trusted_operation');
    const byName = new Map<string, TrustedOperation[]>();
    for (const row of rows) {
      const ops = byName.get(row.manifest) ?? [];
      ops.push({ id: row.operation_id, name: row.operation_name, body: row.body });
      byName.set(row.manifest, ops);
    }
    return byName;
  }
}
