/**
 * Errors after which running the whole transaction again can succeed: a unique key taken by a
 * concurrent transaction (a first row of a day, an event pushed twice at once) or an InnoDB
 * deadlock between two writers' gap locks. The database has rolled the transaction back.
 */
export function isRetryable(error: any): boolean {
  const code = error?.driverError?.code ?? error?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'ER_LOCK_DEADLOCK' ||
    code === 'ER_LOCK_WAIT_TIMEOUT' ||
    code === 'SQLITE_BUSY' ||
    (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
  );
}

/** Runs `attempt` again after a retryable failure, with a short random pause, up to `times` tries. */
export async function retryTransaction<T>(attempt: () => Promise<T>, times = 5): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= times || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 10 * tried)));
    }
  }
}
