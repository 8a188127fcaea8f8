// `pnpm --filter @atelier/example-shopify-storefront order -- <serial> <buyer e-mail> [buyer name]`:
// a paid order of one piece at the example shop, delivered to the running app as Shopify's signed
// orders/paid webhook. The app registers the sale with the brand; the buyer's confirmation e-mail
// appears among the .eml files the start script printed.
//
// Environment: APP_PORT (8788) and SHOPIFY_API_SECRET, as given to the start script.
import { deliverPaidOrder } from '../src/paid-order.ts';
import { defaultExampleApiSecret, defaultPorts, demoBrandName, exampleShop, loopbackHost, portFromEnvironment } from '../src/settings.ts';

const usage = 'usage: pnpm --filter @atelier/example-shopify-storefront order -- <serial> <buyer e-mail> [buyer name]';
/** Shopify's order ids are large integers; a time-based one does not collide between runs. */
const orderId = Date.now();

const [serial, email, name = 'Inès Moreau'] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!serial || !email || !email.includes('@')) {
  console.error(usage);
  process.exit(2);
}
const [firstName = name, ...rest] = name.split(' ');
const appUrl = `http://${loopbackHost}:${portFromEnvironment('APP_PORT', defaultPorts.app)}`;
const response = await deliverPaidOrder(
  { appUrl, apiSecret: process.env['SHOPIFY_API_SECRET'] || defaultExampleApiSecret, shop: exampleShop },
  {
    orderId,
    buyer: { customerId: orderId, firstName, lastName: rest.join(' '), email, country: 'CH', locale: 'en' },
    lines: [{ lineItemId: orderId, title: 'Navigatrice Bronze', vendor: demoBrandName, serial }],
  },
).catch((error: unknown) => {
  console.error(`The app did not answer at ${appUrl} (${error instanceof Error ? error.message : String(error)}); is the example running?`);
  process.exit(1);
});
if (!response.ok) {
  console.error(`The app refused the webhook (${response.status}): ${await response.text()}`);
  process.exit(1);
}
console.log(`Order #${orderId} paid: ${serial} sold to ${email}. The app registered the sale with the brand if the serial is one of its pieces in stock (the app's log says "order_paid_recorded").`);
