/** Customer data requests Shopify forwarded: each export, to download and send to the customer. */
import type { DataRequestsResponse, DataRequestView } from '../api-types.ts';
import { AdminApiError, adminApi } from './admin-api.ts';
import { byId, h } from './dom.ts';

export interface DataRequestsSection {
  refresh(): Promise<void>;
}

export function mountDataRequestsSection(): DataRequestsSection {
  const container = byId('data-requests');
  const message = byId('data-requests-message');

  function downloadButton(request: DataRequestView): HTMLElement {
    const button = h('s-button', { accessibilityLabel: `Download the data of customer ${request.customerId}` }, 'Download');
    button.addEventListener('click', () => {
      void (async () => {
        try {
          const url = URL.createObjectURL(await adminApi.blob(`/data-requests/${encodeURIComponent(request.id)}`));
          h('a', { href: url, download: `customer-${request.customerId}-data.json` }).click();
          URL.revokeObjectURL(url);
        } catch (error) {
          if (!(error instanceof AdminApiError)) throw error;
          message.textContent = error.message;
        }
      })();
    });
    return button;
  }

  async function refresh(): Promise<void> {
    const { dataRequests } = await adminApi.get<DataRequestsResponse>('/data-requests');
    container.replaceChildren(
      dataRequests.length === 0
        ? h('s-paragraph', {}, 'None.')
        : h('s-unordered-list', {}, ...dataRequests.map((request) => h('s-list-item', {}, `Customer ${request.customerId}, requested ${request.requestedAt} `, downloadButton(request)))),
    );
  }

  return { refresh };
}
