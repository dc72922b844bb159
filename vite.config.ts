import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app lives in src/web; the server (buildApp) serves the built files from <repo>/dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    // the output sits outside root, so Vite wants an explicit yes before clearing it
    emptyOutDir: true,
    // ECharts' own chunk (about 600 kB), loaded only by pages with a chart (decision 0010)
    chunkSizeWarningLimit: 650,
  },
  server: {
    // `npm run dev:web` next to `groundpass serve` (port 8080): the API stays same-origin
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
