import { defineConfig } from 'vite';

// The publishable key and API base reach index.html through Vite's %VITE_*% replacement:
// `pnpm demo` sets VITE_ATELIER_PUBLISHABLE_KEY and VITE_ATELIER_API_BASE from the demo seed;
// with plain `vite`, put them in examples/brand-site/.env.local.
export default defineConfig({
  appType: 'mpa',
  server: { strictPort: true },
  preview: { strictPort: true },
});
