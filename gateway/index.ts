import { servicePort } from '../subgraphs/shared/config';
import { main } from '../subgraphs/shared/runSubgraph';
import { serveGateway } from './serveGateway';

main(async () => {
  const http = await serveGateway({ port: servicePort('gateway') });
  console.log(`gateway ready at ${http.url}`);
  const stop = async () => {
    await http.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
