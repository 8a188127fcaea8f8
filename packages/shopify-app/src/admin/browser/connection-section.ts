/**
 * The brand connection: what the shop is connected to, the form that connects it (or replaces
 * its key), and the banner asking the merchant to authorize the app again when Shopify refused
 * to renew its access.
 */
import type { ConnectionResponse } from '../api-types.ts';
import { AdminApiError, adminApi } from './admin-api.ts';
import { byId, setHidden } from './dom.ts';
import { clearFieldErrors, formValues, setFieldValue, showFieldErrors, whileSubmitting } from './forms.ts';

export interface ConnectionSection {
  /** Loads the connection; resolves whether the shop is connected. */
  refresh(): Promise<boolean>;
}

export function mountConnectionSection(options: { onConnected: () => Promise<void> }): ConnectionSection {
  const status = byId('connection-status');
  const form = byId<HTMLFormElement>('connect-form');
  const message = byId('connect-message');
  const submit = byId('connect-submit');
  const reauthorization = byId('reauthorization-banner');

  byId('reauthorize').addEventListener('click', () => window.location.reload());

  async function refresh(): Promise<boolean> {
    const { connection, suggestedApiUrl, reauthorizationNeeded } = await adminApi.get<ConnectionResponse>('/connection');
    setHidden(reauthorization, reauthorizationNeeded !== true);
    if (connection) {
      const retailer = connection.retailerName ?? `retailer ${connection.retailerId}`;
      status.textContent =
        connection.keyKind === 'secret'
          ? `Connected to ${connection.brandName} as ${retailer} (${connection.apiUrl}) with the brand's secret key, which reads every retailer's sales and every owner's contact. Ask the brand for your retailer key (rk_…) and enter it below: it replaces the secret key.`
          : `Connected to ${connection.brandName} as ${retailer} (${connection.apiUrl}). The key is stored encrypted and never shown again; to change it, enter a new one.`;
      setFieldValue(form, 'apiUrl', connection.apiUrl);
      submit.textContent = 'Replace the key';
    } else {
      status.textContent = 'Not connected: enter the details the brand gave you.';
      if (suggestedApiUrl && !formValues(form)['apiUrl']) setFieldValue(form, 'apiUrl', suggestedApiUrl);
      submit.textContent = 'Connect';
    }
    return connection !== null;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileSubmitting(form, async () => {
      message.textContent = 'Checking the details with the brand…';
      try {
        await adminApi.put('/connection', formValues(form));
      } catch (error) {
        if (!(error instanceof AdminApiError)) throw error;
        showFieldErrors(form, error, message);
        return;
      }
      clearFieldErrors(form);
      setFieldValue(form, 'retailerKey', '');
      await refresh();
      message.textContent = 'Connected. Sales that waited for the connection have been sent to the brand.';
      await options.onConnected();
    });
  });

  return { refresh };
}
