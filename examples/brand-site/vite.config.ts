import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The publishable key and API base reach the pages through Vite's %VITE_*% replacement:
// `pnpm demo` sets VITE_ATELIER_PUBLISHABLE_KEY and VITE_ATELIER_API_BASE from the demo seed;
// with plain `vite`, put them in examples/brand-site/.env.local.
//
// The page paths are the ones the demo seed writes into the brand's settings for the GS1 Digital
// Link resolver (`/provenance.html?serial=…`, `/?serial=…`, `/repair.html?serial=…`).
const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  appType: 'mpa',
  server: { strictPort: true },
  preview: { strictPort: true },
  build: {
    rolldownOptions: {
      input: {
        home: page('index.html'),
        provenance: page('provenance.html'),
        repair: page('repair.html'),
        listing: page('listing.html'),
      },
    },
  },
});
