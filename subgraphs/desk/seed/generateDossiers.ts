import type { WorkingCalendar } from '../calendar/WorkingCalendar';
import { eachDay, vnInstant } from '../../shared/dates';
import { Random, WeightedPicker } from '../../shared/random';
import type { Channel, Dossier, DossierEvent } from '../dossiers/dossierEntity';
import { receivedState } from '../dossiers/dossierLifecycle';
import type { OnlineLevel } from '../catalogue/procedureEntities';
import { playFate, type SeedMix } from './seedFates';

export interface SeedProcedure {
  code: string;
  /** Relative volume of dossiers at a desk. */
  weight: number;
  onlineLevel: OnlineLevel;
  inForceOn(date: string): boolean;
  timeLimitOn(date: string): number;
}

export interface SeedUnit {
  code: string;
  weight: number;
}

/**
 * A span of receipt days and how many dossiers arrive in it. With `resolvedByEnd`, exactly
 * that many of them are resolved by the last day and the rest are still open then (all of
 * those due after it, so none is overdue); every dossier is resolved on time.
 */
export interface SeedPeriod {
  from: string;
  to: string;
  received: number;
  resolvedByEnd?: number;
  /** Some dossiers late, denied, supplemented or withdrawn (never with `resolvedByEnd`). */
  mix?: SeedMix;
  /**
   * A random stream of its own: the period's dossiers then depend on nothing before it, so
   * periods added later never change the earlier ones (ids follow receipt order, so theirs stay too).
   */
  seed?: number;
  /** The desks open in this period, when not the generator's (the map changed in 2025). */
  units?: SeedUnit[];
}

/** A desk's seed: dossiers with ids 1..n in code order, and their status history. */
export interface GeneratedDesk {
  dossiers: Dossier[];
  events: DossierEvent[];
}

export interface GenerateOptions {
  seed: number;
  calendar: WorkingCalendar;
  units: SeedUnit[];
  procedures: SeedProcedure[];
  periods: SeedPeriod[];
}

const MORNING = [8 * 60, 12 * 60];
const AFTERNOON = [13 * 60 + 30, 17 * 60];

/** Minutes past midnight during desk hours (8:00-12:00, 13:30-17:00). */
function officeMinute(random: Random): number {
  const [start, end] = random.next() < 0.55 ? MORNING : AFTERNOON;
  return random.int(start, end - 1);
}

/**
 * Online dossiers arrive at any hour, mostly between 7:00 and 23:00. None after 23:50, so a
 * same-day procedure received late is still resolved, later, that day.
 */
function onlineMinute(random: Random): number {
  return random.next() < 0.85 ? random.int(7 * 60, 23 * 60 - 1) : random.int(0, 23 * 60 + 50);
}

function chooseChannel(random: Random, level: OnlineLevel, workingDay: boolean): Channel {
  if (!workingDay) return 'ONLINE';
  const r = random.next();
  const online = level === 'FULL' ? 0.45 : level === 'PARTIAL' ? 0.2 : 0;
  if (r < online) return 'ONLINE';
  return r < online + 0.04 ? 'POST' : 'IN_PERSON';
}

function minutesOf(instant: Date, day: string): number {
  return Math.round((instant.getTime() - vnInstant(day).getTime()) / 60000);
}

/** Most dossiers are resolved well before their due day; a few take the whole time limit. */
function earlyBiasedPick(random: Random, days: string[]): string {
  return days[Math.floor(days.length * Math.pow(random.next(), 1.8))];
}

/**
 * Deterministic, realistic dossiers for the seed: receipt days weighted by weekday (online
 * ones also on days off), units and procedures by weight, channels by the procedure's online
 * level, due days from the working-day calendar and the time limit in force on the receipt day.
 */
export function generateDossiers(options: GenerateOptions): Dossier[] {
  return generateDesk(options).dossiers;
}

export function generateDesk(options: GenerateOptions): GeneratedDesk {
  const mainRandom = new Random(options.seed);
  const calendar = memoized(options.calendar);
  const mainUnits = unitPickerOf(options.units);
  const dossiers: Dossier[] = [];
  const histories = new Map<Dossier, Omit<DossierEvent, 'dossierId'>[]>();

  for (const period of options.periods) {
    const random = period.seed === undefined ? mainRandom : new Random(period.seed);
    const unitPicker = period.units ? unitPickerOf(period.units) : mainUnits;
    const inForce = options.procedures.filter((p) => p.inForceOn(period.from) && p.inForceOn(period.to));
    const anyProcedure = new WeightedPicker(inForce.map((p) => [p, p.weight] as [SeedProcedure, number]));
    const onlineProcedure = new WeightedPicker(
      inForce.filter((p) => p.onlineLevel !== 'NONE').map((p) => [p, p.weight] as [SeedProcedure, number]),
    );
    const dayPicker = new WeightedPicker(
      eachDay(period.from, period.to).map((day) => {
        if (!calendar.isWorkingDay(day)) return [day, 0.06] as [string, number];
        const weekdayFactor = [0, 1.25, 1, 1, 1, 0.9, 1][new Date(day + 'T00:00:00Z').getUTCDay()];
        return [day, weekdayFactor * (0.85 + 0.3 * random.next())] as [string, number];
      }),
    );

    const received: Dossier[] = [];
    for (let i = 0; i < period.received; i++) {
      const day = dayPicker.pick(random);
      const workingDay = calendar.isWorkingDay(day);
      const procedure = (workingDay ? anyProcedure : onlineProcedure).pick(random);
      const channel = chooseChannel(random, procedure.onlineLevel, workingDay);
      const receivedAt = vnInstant(day, channel === 'ONLINE' ? onlineMinute(random) : officeMinute(random));
      received.push({
        code: '',
        unitCode: unitPicker.pick(random),
        procedureCode: procedure.code,
        channel,
        receivedAt,
        ...receivedState(day, calendar.addWorkingDays(day, procedure.timeLimitOn(day))),
        applicantName: null,
        applicantIdNumber: null,
      });
    }

    const stillOpen = new Set<Dossier>();
    if (period.resolvedByEnd !== undefined) {
      const open = period.received - period.resolvedByEnd;
      const candidates = random.shuffle(received.filter((d) => d.dueOn > period.to));
      if (open < 0 || candidates.length < open) {
        throw new Error(
          `seed period ${period.from}..${period.to}: ${open} dossiers must stay open but only ${candidates.length} are due after it`,
        );
      }
      for (const d of candidates.slice(0, open)) stillOpen.add(d);
    }

    for (const d of received) {
      const lastDay =
        stillOpen.has(d) || period.resolvedByEnd === undefined || d.dueOn <= period.to ? d.dueOn : period.to;
      const firstDay = stillOpen.has(d)
        ? calendar.nextWorkingDay(period.to > d.receivedOn ? period.to : d.receivedOn)
        : d.receivedOn;
      const days = calendar.workingDaysBetween(firstDay, lastDay).filter((day) => !stillOpen.has(d) || day > period.to);
      if (days.length === 0) throw new Error(`seed: no working day to resolve a dossier received ${d.receivedOn}`);
      const day = earlyBiasedPick(random, days);
      let minute = officeMinute(random);
      if (day === d.receivedOn) {
        const received = minutesOf(d.receivedAt, day);
        minute = Math.max(minute, received + random.int(5, 90));
        if (minute >= 24 * 60) minute = random.int(received + 1, 24 * 60 - 1);
      }
      histories.set(
        d,
        playFate(d, { day, minute }, random, calendar, period.mix, () => officeMinute(random)),
      );
    }
    dossiers.push(...received);
  }

  assignCodes(dossiers);
  const events: DossierEvent[] = [];
  dossiers.forEach((d, i) => {
    d.id = i + 1;
    for (const e of histories.get(d)!) events.push({ ...e, dossierId: d.id });
  });
  return { dossiers, events };
}

const unitPickerOf = (units: SeedUnit[]) =>
  new WeightedPicker(units.map((u) => [u.code, u.weight] as [string, number]));

/** The generator asks the same few hundred calendar questions a hundred thousand times. */
function memoized(calendar: WorkingCalendar) {
  const due = new Map<string, string>();
  const between = new Map<string, string[]>();
  return {
    isWorkingDay: (day: string) => calendar.isWorkingDay(day),
    nextWorkingDay: (day: string) => calendar.nextWorkingDay(day),
    addWorkingDays(day: string, days: number) {
      const key = `${day}+${days}`;
      if (!due.has(key)) due.set(key, calendar.addWorkingDays(day, days));
      return due.get(key)!;
    },
    workingDaysBetween(from: string, to: string) {
      const key = `${from}..${to}`;
      if (!between.has(key)) between.set(key, calendar.workingDaysBetween(from, to));
      return between.get(key)!;
    },
  };
}

/** National-style codes: unit, receipt day (YYMMDD) and a per-unit daily sequence in receipt order. */
function assignCodes(dossiers: Dossier[]): void {
  dossiers.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.unitCode.localeCompare(b.unitCode));
  const sequence = new Map<string, number>();
  for (const d of dossiers) {
    const key = `${d.unitCode}-${d.receivedOn.slice(2).replaceAll('-', '')}`;
    const next = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, next);
    d.code = `${key}-${String(next).padStart(4, '0')}`;
  }
}
