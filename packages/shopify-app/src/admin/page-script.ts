/**
 * The admin page's script, served as `/admin.js`. App Bridge adds the session token to each
 * same-origin fetch. Everything is built with DOM methods and textContent: order data comes from
 * buyers and must never be parsed as HTML.
 */
export const adminScript = `
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

async function api(path, init = {}) {
  const response = await fetch('/api' + path, { ...init, headers: { 'Content-Type': 'application/json', ...(init.headers || {}) } });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw Object.assign(new Error((body && body.detail) || response.statusText), { problem: body });
  return body;
}

function showFieldErrors(form, error, summary) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  const errors = (error.problem && error.problem.errors) || [];
  for (const fieldError of errors) {
    const input = form.elements.namedItem(fieldError.path);
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    const message = el('span', { className: 'field-error', id: 'error-' + fieldError.path, textContent: fieldError.message });
    input.setAttribute('aria-describedby', message.id);
    input.after(message);
  }
  if (summary) summary.textContent = errors.length ? 'Check the highlighted fields.' : error.message;
}

async function loadConnection() {
  const { connection, suggestedApiUrl } = await api('/connection');
  const form = $('connect-form');
  if (connection) {
    $('connection-status').textContent = 'Connected to ' + connection.brandName + ' as retailer ' + connection.retailerId + ' (' + connection.apiUrl + '). The secret key is stored encrypted and never shown again.';
    form.elements.apiUrl.value = connection.apiUrl;
    form.elements.retailerId.value = connection.retailerId;
    form.querySelector('button').textContent = 'Replace the key';
  } else {
    $('connection-status').textContent = 'Not connected: enter the details the brand gave you.';
    if (suggestedApiUrl) form.elements.apiUrl.value = suggestedApiUrl;
  }
}

$('connect-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const data = Object.fromEntries(new FormData(form));
  try {
    await api('/connection', { method: 'PUT', body: JSON.stringify(data) });
    form.elements.secretKey.value = '';
    showFieldErrors(form, { problem: { errors: [] } }, $('connect-error'));
    $('connect-error').textContent = '';
    await loadConnection();
    await loadOrders();
  } catch (error) {
    showFieldErrors(form, error, $('connect-error'));
  }
});

const statusText = { registered: 'Registered', pending: 'Serial missing', failed: 'Not registered' };

function unitRow(order, unit) {
  const form = el('form', { noValidate: true });
  const input = el('input', { name: 'serial', value: unit.serial || '', required: true, autocomplete: 'off' });
  input.setAttribute('aria-label', 'Serial of ' + unit.productTitle + ' in ' + order.name);
  const status = el('span', { className: 'status-' + unit.status, textContent: statusText[unit.status] + (unit.errorCode ? ' (' + unit.errorCode + ')' : '') });
  form.append(input, el('button', { type: 'submit', textContent: unit.status === 'failed' ? 'Correct' : 'Register' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const path = '/orders/' + encodeURIComponent(order.orderId) + '/lines/' + encodeURIComponent(unit.lineItemId) + '/units/' + unit.unitIndex + '/serial';
      await api(path, { method: 'PUT', body: JSON.stringify({ serial: input.value }) });
      await loadOrders();
    } catch (error) {
      showFieldErrors(form, error, null);
    }
  });
  const action = unit.status === 'registered' ? el('span', { textContent: unit.serial }) : form;
  return el('tr', {}, el('td', { textContent: order.name }), el('td', { textContent: order.purchaseDate }), el('td', { textContent: unit.productTitle }), el('td', {}, status), el('td', {}, action));
}

async function loadOrders() {
  const { orders } = await api('/orders');
  const container = $('orders');
  if (!orders.length) {
    container.textContent = 'No paid orders with pieces of the brand yet.';
    return;
  }
  const head = el('tr', {}, ...['Order', 'Date', 'Piece', 'Status', 'Serial'].map((t) => el('th', { scope: 'col', textContent: t })));
  const rows = orders.flatMap((order) => order.units.map((unit) => unitRow(order, unit)));
  container.replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}

// The brand API's status codes, in the words a retailer reads at the counter.
const itemStatusText = { in_stock: 'in stock', sold: 'sold', stolen: 'reported stolen', lost: 'reported lost', destroyed: 'destroyed' };
const warrantyStatusText = { pending_confirmation: 'awaiting the owner\u2019s e-mail confirmation', active: 'active', expired: 'expired', void: 'void' };

$('lookup-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const serial = event.currentTarget.elements.serial.value.trim();
  const out = $('lookup-result');
  try {
    const { piece, sale } = await api('/pieces/' + encodeURIComponent(serial));
    const lines = [];
    if (piece) {
      lines.push(piece.model.name + ' (' + piece.model.reference + '), ' + (itemStatusText[piece.status] || piece.status) + '.');
      lines.push(piece.warranty ? 'Warranty ' + (warrantyStatusText[piece.warranty.status] || piece.warranty.status) + ', covered until ' + piece.warranty.coverageEnd + ', owner in ' + piece.warranty.ownerCountry + (piece.warranty.retailer ? ', sold by ' + piece.warranty.retailer.name : '') + '.' : 'No warranty registered.');
    }
    if (sale) lines.push('Sold in this shop: order ' + sale.orderName + ' on ' + sale.purchaseDate + ' to ' + (sale.buyerName || 'a guest') + (sale.buyerEmail ? ' <' + sale.buyerEmail + '>' : '') + '.');
    out.replaceChildren(...lines.map((text) => el('p', { textContent: text })));
  } catch (error) {
    out.replaceChildren(el('p', { className: 'form-error', textContent: error.message }));
  }
});

async function loadDataRequests() {
  const { dataRequests } = await api('/data-requests');
  $('data-requests').replaceChildren(...(dataRequests.length ? dataRequests.map((request) => {
    const link = el('button', { type: 'button', textContent: 'Download' });
    link.addEventListener('click', async () => {
      const response = await fetch('/api/data-requests/' + encodeURIComponent(request.id));
      const url = URL.createObjectURL(await response.blob());
      el('a', { href: url, download: 'customer-' + request.customerId + '-data.json' }).click();
      URL.revokeObjectURL(url);
    });
    return el('li', {}, 'Customer ' + request.customerId + ', ' + request.requestedAt + ' ', link);
  }) : [el('li', { textContent: 'None.' })]));
}

Promise.all([loadConnection(), loadOrders(), loadDataRequests()]).catch((error) => {
  $('connection-status').textContent = 'The app could not load: ' + error.message;
});
`;
