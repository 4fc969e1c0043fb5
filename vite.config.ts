// Vite builds the web UI (src/web) into dist/web, which the Fastify server serves as a
// single-page app. index.html sits at the repo root; the strict CSP (script-src 'self') means the
// page may only load bundled scripts, never inline ones.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  root: '.',
  publicDir: 'src/web/public',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Route pages are lazy chunks and antd components travel with the pages that use them; only
    // React, the router and i18next form a stable vendor chunk. ECharts (tree-shaken, ~500 kB) is
    // its own chunk, loaded only by the dashboard.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|i18next|react-i18next)[\\/]/,
              priority: 30,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
