import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '../errors';
import type { Refusal } from '../httpServer';
import { readForwardedIdentity } from './forwardedIdentity';

/** The subgraph HTTP layer's gate: 401 unless the request carries an identity the gateway signed. */
export async function admitGatewayRequest(req: IncomingMessage): Promise<Refusal | undefined> {
  try {
    await readForwardedIdentity(req);
    return undefined;
  } catch {
    return { status: 401, code: ErrorCode.UNAUTHENTICATED, message: 'This service answers the gateway only' };
  }
}
