/**
 * The embedded admin page, server-rendered: App Bridge and Polaris web components from Shopify's
 * CDN (as Shopify's React Router app template loads them: App Bridge first, with the app's client
 * id), and the page's own module (src/admin/browser/, built to dist/admin/admin.js). Every
 * section is in the HTML, so the page is never blank; the module fills it from the admin API.
 * No inline script or style, so the Content-Security-Policy stays strict.
 */
import { dataRequestExportRetentionDays } from '../limits.ts';

export const appBridgeScriptUrl = 'https://cdn.shopify.com/shopifycloud/app-bridge.js';
export const polarisScriptUrl = 'https://cdn.shopify.com/shopifycloud/polaris.js';
export const adminScriptPath = '/admin.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function adminPage(options: { apiKey: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="shopify-api-key" content="${escapeHtml(options.apiKey)}">
<title>Atelier</title>
<script src="${appBridgeScriptUrl}" data-api-key="${escapeHtml(options.apiKey)}"></script>
<script src="${polarisScriptUrl}"></script>
<script type="module" src="${adminScriptPath}"></script>
</head>
<body>
<s-page heading="Atelier">
  <s-banner id="load-error" tone="critical" heading="Atelier could not load" hidden>
    <s-paragraph id="load-error-text"></s-paragraph>
  </s-banner>
  <s-banner id="reauthorization-banner" tone="warning" heading="Authorize Atelier again" hidden>
    <s-paragraph>Shopify no longer accepts Atelier's access to this shop, so paid orders are not registered with the brand until it is renewed. Reload Atelier to authorize it again; if this message stays, reinstall the app from the link the brand sent you.</s-paragraph>
    <s-button id="reauthorize" slot="secondary-actions">Reload Atelier</s-button>
  </s-banner>

  <s-section heading="Brand connection">
    <div id="connection-status" role="status">Loading…</div>
    <form id="connect-form" novalidate>
      <s-stack gap="base">
        <s-url-field name="apiUrl" label="Brand API URL" required autocomplete="url" placeholder="https://api.maison.example"></s-url-field>
        <s-password-field name="retailerKey" label="Retailer key" required autocomplete="off" placeholder="rk_…" details="The key the brand issued to your store (rk_…); it says which of the brand's retailers you are. It is stored encrypted and never shown again."></s-password-field>
        <s-button id="connect-submit" type="submit" variant="primary">Connect</s-button>
      </s-stack>
    </form>
    <div id="connect-message" role="status" tabindex="-1"></div>
  </s-section>

  <s-section heading="Sales not registered">
    <s-paragraph>Sales of the brand's pieces that the brand did not register, and why. Retry once the brand's service answers again or the brand has corrected the piece.</s-paragraph>
    <div id="failed-sales">Loading…</div>
    <s-button id="retry-all" hidden>Retry all</s-button>
    <div id="failed-sales-message" role="status" tabindex="-1"></div>
  </s-section>

  <s-section heading="Recent orders">
    <s-paragraph>Pieces of the brand sold in this shop. Enter the serial of each piece still missing one: the sale is then registered and the buyer receives the warranty confirmation.</s-paragraph>
    <div id="orders">Loading…</div>
    <div id="orders-message" role="status" tabindex="-1"></div>
  </s-section>

  <s-section heading="Stock">
    <s-paragraph>The pieces the brand delivered to your shop and that are not sold yet, oldest delivery first, with how long each has been in stock. A piece leaves the list when its sale is registered or it goes back to the brand.</s-paragraph>
    <div id="stock">Loading…</div>
    <s-button id="stock-more" hidden>Show more pieces</s-button>
    <div id="stock-message" role="status" tabindex="-1"></div>
  </s-section>

  <s-section heading="Look a piece up">
    <form id="lookup-form" novalidate>
      <s-stack direction="inline" gap="small-200">
        <s-text-field name="serial" label="Serial" required autocomplete="off"></s-text-field>
        <s-button type="submit">Look up</s-button>
      </s-stack>
    </form>
    <div id="lookup-result" role="status" tabindex="-1"></div>
  </s-section>

  <s-section heading="Recognise a client’s piece">
    <s-paragraph>When a client brings in a piece of the brand, type its serial number or scan its warranty card’s QR code into the field. The brand tells you whether the piece is registered, until when it is covered, since when its owner is a client of the brand and their tier, when its next care is due, which retailer sold it, and whether it was reported stolen or lost. You see the owner’s name and contact only if they shared their profile with your shop. The brand records every lookup: your shop, the piece and the time.</s-paragraph>
    <form id="recognition-form" novalidate>
      <s-stack direction="inline" gap="small-200">
        <s-text-field name="serial" label="Serial number" details="As engraved on the case back or printed on the warranty card." required autocomplete="off"></s-text-field>
        <s-button type="submit">Recognise</s-button>
      </s-stack>
    </form>
    <div id="recognition-result" role="status" tabindex="-1"></div>
  </s-section>

  <s-section heading="Customer data requests">
    <s-paragraph>What the app held about a customer when Shopify forwarded their request. Download it and send it to the customer; each is deleted ${dataRequestExportRetentionDays} days after the request.</s-paragraph>
    <div id="data-requests">Loading…</div>
    <div id="data-requests-message" role="status"></div>
  </s-section>
</s-page>
</body>
</html>`;
}
