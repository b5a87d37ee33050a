import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

// The dashboard is plain TypeScript and DOM: no framework plugin. `npm run build` writes
// web/dist, which `tyndau serve` serves; tests build into a folder of their own.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 600 },
  logLevel: 'warn',
});
