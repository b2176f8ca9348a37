import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { healthRoute, metricsRoute, type HealthProbe } from './health-routes.js';
import { startHttpEndpoint, type HttpEndpoint, type HttpHandler } from './http-endpoint.js';

export interface OperatorEndpointOptions {
  config: Config;
  logger: Logger;
  probe: HealthProbe;
  scrape(): Promise<string>;
  metricsContentType: string;
  /** The signed interactions route, once the app is built; until then interactions get 503. */
  interactions(): HttpHandler | undefined;
}

/**
 * Starts the HTTP ports the config asks for: the interactions port (with /healthz and /metrics beside
 * /interactions) and/or a metrics-only port. Started before the archive loads, so /healthz can say so.
 */
export async function startOperatorEndpoints(options: OperatorEndpointOptions): Promise<HttpEndpoint[]> {
  const { config, logger } = options;
  const operator: Record<string, HttpHandler> = {
    'GET /healthz': healthRoute(options.probe),
    'GET /metrics': metricsRoute(options.scrape, options.metricsContentType),
  };
  const interactions: HttpHandler = async (request) => {
    const route = options.interactions();
    return route ? route(request) : { status: 503, body: JSON.stringify({ error: 'starting' }) };
  };
  const endpoints: HttpEndpoint[] = [];
  const start = (port: number, routes: Record<string, HttpHandler>) => startHttpEndpoint({ port, host: config.httpHost, routes, logger });
  if (config.interactionsPort !== undefined) endpoints.push(await start(config.interactionsPort, { ...operator, 'POST /interactions': interactions }));
  if (config.metricsPort !== undefined && config.metricsPort !== config.interactionsPort) endpoints.push(await start(config.metricsPort, operator));
  return endpoints;
}
