/**
 * What the transports' single command edge reports about each interaction. The core sees only this
 * small interface; the Prometheus registry behind it lives in prometheus-metrics.ts.
 */
export type InteractionOutcome = 'ok' | 'notice' | 'error';
export type InteractionKind = 'command' | 'button' | 'autocomplete';

export interface InteractionMetrics {
  interaction(kind: InteractionKind, command: string, outcome: InteractionOutcome, seconds: number): void;
}

export const noInteractionMetrics: InteractionMetrics = { interaction: () => undefined };
