import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  // MySQL test databases are kept for inspection and dropped at the next run's start.
  if (!process.env.DATABASE_URL && process.env.DATA_DIR?.includes('onestop-test-')) {
    rmSync(process.env.DATA_DIR, { recursive: true, force: true });
  }
}
