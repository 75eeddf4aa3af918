import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequest, type RequestRecord } from './observability/requestScope';

/**
 * Which units' data a subgraph response read, and which units' data a write touched, told to the
 * gateway in response headers so its response cache can keep an answer across writes to other
 * units (gateway/caching/writeSequence.ts).
 *
 * A response may claim to depend on some units only if every read it made is described: the
 * statistics loaders run their reads inside `describedReads` and name the units whose rollups
 * they covered (`dependOnUnits`). Any SQL statement or memo lookup made in the request outside
 * such a section (a name, a list, a reform plan) marks the response as depending on everything,
 * and so does a response that made no described read at all: the header is then left off,
 * which the gateway reads as "everything". Over-claiming is always safe; under-claiming is not.
 */
export const DEPENDS_HEADER = 'x-onestop-depends';
export const TOUCHED_HEADER = 'x-onestop-touched';
/** A described response that read no unit's rows (a filter naming units of another level). */
export const NO_UNITS = 'none';

interface Tally {
  units: Set<string>;
  described: boolean;
  undescribed: boolean;
  touched: Set<string>;
}

const tallies = new WeakMap<RequestRecord, Tally>();
const describing = new AsyncLocalStorage<true>();

function tally(): Tally | undefined {
  const record = currentRequest();
  if (!record) return undefined;
  let found = tallies.get(record);
  if (!found)
    tallies.set(record, (found = { units: new Set(), described: false, undescribed: false, touched: new Set() }));
  return found;
}

/** Runs reads whose dependencies the caller names with `dependOnUnits`. */
export function describedReads<T>(read: () => Promise<T>): Promise<T> {
  return describing.run(true, read);
}

/**
 * A read of the unit catalogue (districts, communes): only "everything" writes (seeds, the
 * import) change it, so it adds no unit to what the answer depends on.
 */
export function catalogueRead<T>(read: () => Promise<T>): Promise<T> {
  dependOnUnits([]);
  return describedReads(read);
}

/** The current request's answer read these units' rollups (and the catalogue, which only "everything" writes move). */
export function dependOnUnits(unitCodes: Iterable<string>): void {
  const found = tally();
  if (!found) return;
  found.described = true;
  for (const code of unitCodes) found.units.add(code);
}

/** A statement or memo lookup: outside a described section, the answer depends on everything. */
export function noteRead(): void {
  if (describing.getStore()) return;
  const found = tally();
  if (found) found.undescribed = true;
}

/** A write moved these units' rollups (rollupVersions.ts bumps their counters). */
export function noteTouchedUnits(unitCodes: Iterable<string>): void {
  const found = tally();
  if (found) for (const code of unitCodes) found.touched.add(code);
}

/** The header value for a finished response; undefined (header left off): depends on everything. */
export function dependsHeader(record: RequestRecord | undefined): string | undefined {
  const found = record && tallies.get(record);
  if (!found || !found.described || found.undescribed) return undefined;
  return found.units.size === 0
    ? NO_UNITS
    : [...found.units]
        .sort()
        .map((code) => `unit:${code}`)
        .join(',');
}

/** The units a finished mutation touched (NO_UNITS when it touched none). */
export function touchedHeader(record: RequestRecord | undefined): string {
  const found = record && tallies.get(record);
  return !found || found.touched.size === 0
    ? NO_UNITS
    : [...found.touched]
        .sort()
        .map((code) => `unit:${code}`)
        .join(',');
}

/** The units a header names; null: the header is missing or unreadable, which means everything. */
export function unitsOfHeader(value: string | null | undefined): string[] | null {
  if (value === undefined || value === null) return null;
  if (value.trim() === NO_UNITS) return [];
  const parts = value.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^unit:[\w.-]+$/.test(part))) return null;
  return parts.map((part) => part.slice('unit:'.length));
}

/**
 * Tells the gateway what each response read (queries) or touched (mutations), for subgraphs whose
 * reads are described (the desk levels). Only their mutations are desk events, whose every write
 * to data a described read covers goes through the units' rollup counters (noteTouchedUnits).
 */
export function answerDependenciesPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const record = currentRequest();
      return {
        async willSendResponse({ operation, response }) {
          if (!record) return;
          if (operation?.operation === 'mutation') response.http.headers.set(TOUCHED_HEADER, touchedHeader(record));
          else if (operation?.operation === 'query') {
            const depends = dependsHeader(record);
            if (depends !== undefined) response.http.headers.set(DEPENDS_HEADER, depends);
          }
        },
      };
    },
  };
}
