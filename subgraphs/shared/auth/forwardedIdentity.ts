import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Identity } from './identity';

/**
 * The identity the gateway forwarded with a subgraph request. Until the gateway signs what it
 * forwards (issue #4), every caller is anonymous: nothing is trusted from the request.
 */
export async function readForwardedIdentity(_req: IncomingMessage | undefined): Promise<Identity> {
  return ANONYMOUS;
}
