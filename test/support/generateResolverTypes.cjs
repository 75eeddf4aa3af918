// Runs GraphQL Code Generator with the repository's codegen.ts, as `npm run codegen` does, but
// prints the files as JSON instead of writing them. A child process of its own because the CLI
// loads an ES-module-only dependency (yargs) that jest's CommonJS runtime cannot require.
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

(async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
  const outputs = await generate({ ...config, silent: true }, false);
  process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
