/**
 * The layers of the code, as README.md's "How the pieces fit" draws them: imports only point
 * down. `npm test` runs `depcruise` with these rules; a broken rule fails the suite.
 */
const SUBGRAPHS = '^subgraphs/(district|commune|reform)/';
module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-nothing-above-it',
      comment: 'subgraphs/shared is the runtime every service (and the gateway) builds on.',
      severity: 'error',
      from: { path: '^subgraphs/shared/' },
      to: { path: '^(subgraphs/(desk|district|commune|reform)|gateway|tools|web)/' },
    },
    {
      name: 'desk-module-imports-no-subgraph',
      comment: 'district and commune are built from the desk module, not the other way round.',
      severity: 'error',
      from: { path: '^subgraphs/desk/' },
      to: { path: '^(subgraphs/(district|commune|reform)|gateway|tools|web)/' },
    },
    {
      name: 'subgraphs-do-not-import-each-other',
      comment: 'Subgraphs meet only through federation entities.',
      severity: 'error',
      from: { path: '^subgraphs/(district|commune|reform)/' },
      to: { path: SUBGRAPHS, pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'subgraphs-do-not-import-gateway-or-tools',
      severity: 'error',
      from: { path: SUBGRAPHS },
      to: { path: '^(gateway|tools|web)/' },
    },
    {
      name: 'gateway-uses-only-the-kernel',
      comment: 'The gateway knows subgraphs by their SDL and URL, never by their code.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^(subgraphs/(desk|district|commune|reform)|tools)/' },
    },
    {
      name: 'nothing-imports-the-commands',
      comment: 'tools/ holds the operator commands (seed, import, compose, token, start-all, ...).',
      severity: 'error',
      from: { pathNot: '^tools/' },
      to: { path: '^tools/' },
    },
    {
      name: 'web-pages-are-outside-clients',
      comment: 'The dashboard and explorer read the API over HTTP like any client, never the server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(gateway|subgraphs|tools|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
