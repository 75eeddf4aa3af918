import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `tokens_not_before`: the moment the client was last suspended. Its tokens issued before that
 * stay refused after it is resumed, so a token copied before a suspension cannot be replayed later.
 */
export class ClientTokensNotBefore1765900000002 implements MigrationInterface {
  name = 'ClientTokensNotBefore1765900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'api_client',
      new TableColumn({ name: 'tokens_not_before', type: 'varchar', length: '30', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('api_client', 'tokens_not_before');
  }
}
