/** The scorecard core of Decision 766: definitions, scoring, change and drill-down. No I/O. */
export * from './definitions';
export * from './facts';
export * from './model';
export * from './score';
export * from './diff';
export * from './drillDown';
export * from './period';
export * from './versions';
export { VERSION_766_2022 } from './version766';
