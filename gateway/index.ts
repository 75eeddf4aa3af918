import { servicePort } from '../subgraphs/shared/config';
import { listenHttp } from '../subgraphs/shared/httpServer';
import { main } from '../subgraphs/shared/runSubgraph';
import { createGateway } from './createGateway';
import { subgraphsReady } from './subgraphsReady';

main(async () => {
  const { server, urls } = await createGateway();
  const http = await listenHttp({
    server,
    context: async () => ({}),
    port: servicePort('gateway'),
    ready: () => subgraphsReady(urls),
  });
  console.log(`gateway ready at ${http.url}`);
  const stop = async () => {
    await http.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
