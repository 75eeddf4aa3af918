import type { WorkloadSettings } from './runWorkload';

type Defaults = Record<'duration' | 'rounds' | 'warmup' | 'open' | 'connections' | 'writes', string>;

/** The command-line flags every workload bench takes (`parseArgs` options), with its own defaults. */
export function workloadOptions(defaults: Defaults) {
  const option = (value: string) => ({ type: 'string', default: value }) as const;
  return {
    duration: option(defaults.duration),
    rounds: option(defaults.rounds),
    warmup: option(defaults.warmup),
    open: option(defaults.open),
    connections: option(defaults.connections),
    writes: option(defaults.writes),
  };
}

/** The flags as runWorkload takes them: open loop at 50 % and 80 % of each gateway's capacity. */
export function workloadSettings(flags: Defaults): WorkloadSettings {
  return {
    rounds: Number(flags.rounds),
    roundSeconds: Number(flags.duration),
    warmupSeconds: Number(flags.warmup),
    openSeconds: Number(flags.open),
    connections: Number(flags.connections),
    openLoads: [0.5, 0.8],
  };
}
