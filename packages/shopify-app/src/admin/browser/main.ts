/**
 * The embedded admin page's module (served as /admin.js, built by scripts/build-admin.mjs): it
 * fills the server-rendered page (src/admin/page.ts) from the admin API and wires its forms.
 */
import { AdminApiError } from './admin-api.ts';
import { mountConnectionSection } from './connection-section.ts';
import { mountDataRequestsSection } from './data-requests-section.ts';
import { byId, setHidden } from './dom.ts';
import { mountFailedSalesSection } from './failed-sales-section.ts';
import { mountOrdersSection } from './orders-section.ts';
import { mountPieceLookupSection } from './piece-lookup-section.ts';
import { mountRecognitionSection } from './recognition-section.ts';
import { mountStockSection } from './stock-section.ts';
import { ensurePolarisComponents } from './polaris-components.ts';

function showLoadError(error: unknown): void {
  const banner = byId('load-error');
  const text = byId('load-error-text');
  if (error instanceof AdminApiError && error.status === 401) {
    text.textContent = 'Open Atelier from your Shopify admin (Apps › Atelier): this page needs the admin to sign its requests.';
  } else {
    text.textContent = `The app could not load: ${error instanceof Error ? error.message : String(error)} Reload the page to try again.`;
  }
  setHidden(banner, false);
}

async function start(): Promise<void> {
  document.documentElement.dataset['components'] = await ensurePolarisComponents();
  const sections: { refreshSales: () => Promise<void> } = { refreshSales: async () => {} };
  const connection = mountConnectionSection({ onConnected: () => sections.refreshSales() });
  // A sale registered here takes its piece out of the stock.
  const stock = mountStockSection();
  const orders = mountOrdersSection({
    onSalesChanged: async () => {
      await Promise.all([failedSales.refresh(), stock.refresh()]);
    },
  });
  const failedSales = mountFailedSalesSection({
    onSalesChanged: async () => {
      await Promise.all([orders.refresh(), stock.refresh()]);
    },
  });
  const dataRequests = mountDataRequestsSection();
  mountPieceLookupSection();
  mountRecognitionSection();
  // Connecting (or replacing the key) changes whose stock the brand answers with.
  sections.refreshSales = async () => {
    await Promise.all([orders.refresh(), failedSales.refresh(), stock.refresh()]);
  };
  try {
    await Promise.all([connection.refresh(), sections.refreshSales(), dataRequests.refresh()]);
    document.documentElement.dataset['state'] = 'ready';
  } catch (error) {
    showLoadError(error);
    document.documentElement.dataset['state'] = 'failed';
  }
}

void start();
