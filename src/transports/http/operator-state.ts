import type { App } from '../../app.js';
import { appReadings } from '../../metrics/app-readings.js';
import type { StateReadings } from '../../metrics/prometheus-metrics.js';
import type { HealthProbe } from './health-routes.js';

/**
 * Health and gauges for a process whose app is still being built: "starting" and zeros until `ready`
 * hands the app over. The HTTP ports open first, so an operator sees the start-up, not a refused port.
 */
export class OperatorState implements HealthProbe, StateReadings {
  private app: App | undefined;
  private readings: StateReadings | undefined;

  ready(app?: App): boolean {
    if (app) {
      this.app = app;
      this.readings = appReadings({ archive: app.services.archive, feeds: app.feeds, digestStates: app.stores.digestStates });
    }
    return this.app !== undefined;
  }

  storeReachable(): boolean {
    if (!this.app) return false;
    return this.app.stores.ping();
  }

  articles(): number {
    return this.readings?.articles() ?? 0;
  }

  feeds(): ReturnType<StateReadings['feeds']> {
    return this.readings?.feeds() ?? { active: 0, paused: 0, failing: 0, fetches: 0 };
  }

  digests(): Record<string, number> {
    return this.readings?.digests() ?? {};
  }
}
