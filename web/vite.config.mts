import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Three pages: the dashboard (/), its printable report (/print) and the explorer (GraphiQL).
// The manifest lets web/reportSize.mjs count exactly the JavaScript each page loads.
export default defineConfig({
  root: here('.'),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // No inline data: scripts or modulepreload polyfill injected into the HTML (the CSP forbids inline).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // GraphiQL (the explorer's own page) is large; the dashboard's budget is checked by reportSize.mjs.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // GraphiQL's dependencies mark React server/client boundaries, meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: { dashboard: here('index.html'), print: here('print.html'), explorer: here('explorer.html') },
    },
  },
});
