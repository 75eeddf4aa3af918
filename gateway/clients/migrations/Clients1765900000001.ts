import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Clients1765900000001 implements MigrationInterface {
  name = 'Clients1765900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'api_client',
        columns: [
          { name: 'client_id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'contact', type: 'varchar', length: '200' },
          { name: 'roles', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'secret_hash', type: 'varchar', length: '200' },
          { name: 'previous_secret_hash', type: 'varchar', length: '200', isNullable: true },
          { name: 'previous_valid_until', type: 'varchar', length: '30', isNullable: true },
          { name: 'per_minute', type: 'int' },
          { name: 'per_day', type: 'int' },
          { name: 'cost_per_day', type: 'int' },
          { name: 'manifests', type: 'varchar', length: '500' },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'client_audit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'client_id', type: 'varchar', length: '100' },
          { name: 'actor', type: 'varchar', length: '200' },
          { name: 'at', type: 'varchar', length: '30' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'detail', type: 'text' },
        ],
        indices: [new TableIndex({ name: 'IDX_client_audit_client', columnNames: ['client_id', 'id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trusted_operation',
        columns: [
          { name: 'manifest', type: 'varchar', length: '100', isPrimary: true },
          { name: 'operation_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'operation_name', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['trusted_operation', 'client_audit', 'api_client']) await q.dropTable(table);
  }
}
