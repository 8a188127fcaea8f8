/**
 * The embedded admin page: plain server-rendered HTML, App Bridge from Shopify's CDN (it must be
 * loaded from there, and it adds the session token to the page's fetch calls), and one small
 * script of our own. No framework, no inline script or style, so the CSP stays strict.
 */
import { dataRequestExportRetentionDays } from '../limits.ts';
import { adminScript } from './page-script.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export const adminScriptPath = '/admin.js';
export const adminStylePath = '/admin.css';

export function adminPage(options: { apiKey: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="shopify-api-key" content="${escapeHtml(options.apiKey)}">
<title>Atelier</title>
<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>
<link rel="stylesheet" href="${adminStylePath}">
<script type="module" src="${adminScriptPath}"></script>
</head>
<body>
<main>
  <h1>Atelier</h1>
  <section aria-labelledby="connection-title">
    <h2 id="connection-title">Brand connection</h2>
    <p id="connection-status" role="status">Loading…</p>
    <form id="connect-form" novalidate>
      <label>Brand API URL <input name="apiUrl" type="url" required autocomplete="url"></label>
      <label>Retailer secret key <input name="secretKey" type="password" required autocomplete="off" placeholder="sk_…"></label>
      <label>Your retailer id with the brand <input name="retailerId" required autocomplete="off"></label>
      <button type="submit">Connect</button>
      <p class="form-error" id="connect-error" role="alert"></p>
    </form>
  </section>
  <section aria-labelledby="lookup-title">
    <h2 id="lookup-title">Look a piece up</h2>
    <form id="lookup-form" novalidate>
      <label>Serial <input name="serial" required autocomplete="off"></label>
      <button type="submit">Look up</button>
    </form>
    <div id="lookup-result" role="status"></div>
  </section>
  <section aria-labelledby="orders-title">
    <h2 id="orders-title">Recent orders</h2>
    <p>Pieces of the brand sold in this shop. Enter the serial of each piece still missing one: the sale is then registered and the buyer receives the warranty confirmation.</p>
    <div id="orders" role="status">Loading…</div>
  </section>
  <section aria-labelledby="requests-title">
    <h2 id="requests-title">Customer data requests</h2>
    <p>What the app held about a customer when Shopify forwarded their request. Download it and send it to the customer; each is deleted ${dataRequestExportRetentionDays} days after the request.</p>
    <ul id="data-requests"></ul>
  </section>
</main>
</body>
</html>`;
}

export const adminStyle = `
body { font: 14px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem 1.5rem; color: #1a1a1a; background: #f6f6f7; }
main { max-width: 60rem; margin: auto; }
section { background: #fff; border-radius: .75rem; padding: 1rem 1.25rem; margin: 0 0 1rem; box-shadow: 0 1px 2px rgb(0 0 0 / .08); }
label { display: block; margin: .5rem 0; }
input { display: block; width: 100%; max-width: 28rem; padding: .4rem; border: 1px solid #8a8a8a; border-radius: .4rem; font: inherit; }
input[aria-invalid="true"] { border-color: #c5280c; }
button { padding: .4rem .9rem; border-radius: .4rem; border: 1px solid #303030; background: #303030; color: #fff; font: inherit; cursor: pointer; }
.form-error, .field-error { color: #c5280c; }
.field-error { display: block; margin: .25rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
.status-registered { color: #0c5132; } .status-failed { color: #c5280c; } .status-pending { color: #5e4200; }
`;

export { adminScript };
