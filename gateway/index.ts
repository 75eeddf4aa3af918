import { serviceHost, servicePort } from '../subgraphs/shared/config';
import { main } from '../subgraphs/shared/runSubgraph';
import { serveGateway } from './serveGateway';

main(async () => {
  const host = serviceHost();
  const http = await serveGateway({ port: servicePort('gateway'), host });
  http.gateway.observation.logger.info(
    { metrics: http.metricsUrl },
    `gateway ready at ${http.url} (listening on ${host})`,
  );
  const stop = async () => {
    await http.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
