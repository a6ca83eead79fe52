import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // electron-store and conf are ESM-only: bundle them into the CommonJS main bundle.
      // better-sqlite3 (native) and the other runtime dependencies stay external.
      externalizeDeps: { exclude: ['electron-store', 'conf'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          worker: resolve(__dirname, 'src/main/core/worker.ts'),
          web: resolve(__dirname, 'src/main/web/index.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but electron: bundle everything it uses.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      // electron-vite leaves the renderer unminified (files from disk load fast); but the code is
      // parsed before the sign-in screen shows, and browser mode serves it over HTTP: minified,
      // the JavaScript before sign-in is a third of its size.
      minify: true,
    },
  },
});
