import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// Explicit entries: the project keeps main/, preload/ and renderer/ at the top level
// instead of electron-vite's default src/ layout.
// EXZERPT_OUT_DIR builds somewhere else than out/ (so two test runs can build side by side);
// the app itself always runs from out/ (package.json "main").
const outDir = process.env['EXZERPT_OUT_DIR'] ?? 'out'

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      // The indexing worker is a second entry, so it ships as out/main/index-worker.js beside index.js.
      lib: {
        entry: { index: resolve(__dirname, 'main/index.ts'), 'index-worker': resolve(__dirname, 'main/core/search/index-worker.ts') },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      // Sandboxed preloads cannot be ES modules: emit CommonJS.
      lib: { entry: resolve(__dirname, 'preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset URLs, so the same build loads from file:// in Electron and from http:// in the E2E harness.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, outDir, 'renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
