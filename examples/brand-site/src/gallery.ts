// The component gallery (gallery.html): every widget in each state a visitor can meet, in the
// theme and language chosen at the top of the page. States come from the demo's own data where it
// has them (a verified history, a stolen piece, an unknown serial) and from small stand-in clients
// where it cannot show them on demand (loading, offline, the answer to a submission that would
// change the registry). Filled-in states are reached the way a visitor reaches them: values typed
// into the widget's controls (found by their field name) and the form submitted.
import '@atelier/widgets';
import { createClient } from '@atelier/client';
import type { ActivationRequest } from '@atelier/client/contract';
import {
  activationAnswer,
  offlineClient,
  pendingClient,
  repairAwaitingApproval,
  signedInOwnerClient,
  signedOutOwnerClient,
  unknownRepairClient,
  unreachable,
  withMethod,
} from './gallery-clients.ts';

const publishableKey = import.meta.env['VITE_ATELIER_PUBLISHABLE_KEY'] as string;
const apiBase = import.meta.env['VITE_ATELIER_API_BASE'] as string;
const demoClient = createClient({ baseUrl: apiBase, publishableKey });

type WidgetTag = 'atelier-warranty-activation' | 'atelier-provenance' | 'atelier-repair-booking' | 'atelier-service-tracker' | 'atelier-owner-portal';

interface GalleryState {
  /** Stable, for links and tests: `#provenance-stolen`. */
  id: string;
  widget: WidgetTag;
  title: string;
  description: string;
  attributes?: Record<string, string>;
  /** Omitted: the widget builds its own client from the demo's key and API. */
  client?: () => unknown;
  /** What a visitor does to reach the state, once the widget is on the page. */
  play?: (widget: HTMLElement) => Promise<void>;
  /** The CSS part (documented by the widget) that shows once the state is reached; none for a held state. */
  until?: string;
}

const stolenSerial = 'MA-240498';
const listedSerial = 'MA-240500';
const galleryTrackingCode = 'K7QM-4X2P-9RTA';
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const controlWaitMs = 10_000;

/** Finds an element in the widget's shadow tree, through the shadow roots of its internal elements too. */
function deepQuery(root: ParentNode, selector: string): HTMLElement | null {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inner) return inner;
  }
  return null;
}

async function control(widget: HTMLElement, selector: string): Promise<HTMLElement> {
  const deadline = Date.now() + controlWaitMs;
  for (;;) {
    const found = widget.shadowRoot && deepQuery(widget.shadowRoot, selector);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`The gallery could not find ${selector} in <${widget.localName}>.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types values into named controls; a select given `*` takes its first real option. */
async function fill(widget: HTMLElement, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = (await control(widget, `[name="${name}"]`)) as HTMLInputElement | HTMLSelectElement;
    if (field instanceof HTMLSelectElement && value === '*') {
      await control(widget, `[name="${name}"] option:not([value=""])`);
      field.value = [...field.options].find((option) => option.value !== '')!.value;
    } else {
      field.value = value;
    }
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

/** Sends the widget's form and waits for what the visitor then sees: a CSS part the widget documents. */
async function submitUntil(widget: HTMLElement, part: string): Promise<void> {
  ((await control(widget, 'form')) as HTMLFormElement).requestSubmit();
  await control(widget, `[part~="${part}"]`);
}

/** The tracker's lookup, as its owner types it, until the given part shows. */
const lookUpRepair = (email: string, part: string) => async (widget: HTMLElement) => {
  await fill(widget, { trackingCode: galleryTrackingCode, email });
  await submitUntil(widget, part);
};

/** Opens the owner's piece from their list, as they would. */
async function openOwnedPiece(widget: HTMLElement): Promise<void> {
  (await control(widget, '[part~="piece"] button')).click();
  await control(widget, '[part~="timeline"]');
}

/** Yesterday as the activation's date field asks for it: day, month and year apart (forms/date-field.ts). */
const [purchaseYear = '', purchaseMonth = '', purchaseDay = ''] = yesterday().split('-');

const activationValues = {
  serial: 'MA-240003',
  cardCode: '3NY3-GHAA-K5ZX',
  'purchaseDate.day': String(Number(purchaseDay)),
  'purchaseDate.month': purchaseMonth,
  'purchaseDate.year': purchaseYear,
  retailerId: '*',
  'owner.name': 'Léa Martin',
  'owner.email': 'lea.martin@example.com',
  'owner.country': 'FR',
};

const states: GalleryState[] = [
  { id: 'activation-form', widget: 'atelier-warranty-activation', until: 'form', title: 'Form', description: 'What a buyer sees first: the brand\'s retailers and languages come from the API.' },
  {
    id: 'activation-from-card',
    widget: 'atelier-warranty-activation',
    until: 'form',
    title: 'Started from the warranty card',
    description: 'The card\'s QR code gives the serial; a signed-in shop gives the owner.',
    attributes: { serial: 'MA-240003', 'owner-name': 'Léa Martin', 'owner-email': 'lea.martin@example.com', 'owner-country': 'FR' },
  },
  {
    id: 'activation-field-errors',
    widget: 'atelier-warranty-activation',
    title: 'Field errors',
    description: 'Sent empty: the summary lists each field, each field says what is wrong.',
    play: (widget) => submitUntil(widget, 'error'),
  },
  {
    id: 'activation-sent',
    widget: 'atelier-warranty-activation',
    title: 'Registered, waiting for the e-mail',
    description: 'After a valid submission (answered here without changing the demo\'s registry).',
    client: () => withMethod(demoClient, 'warranties', 'activate', (request: ActivationRequest) => activationAnswer(request)),
    play: async (widget) => {
      await fill(widget, activationValues);
      await submitUntil(widget, 'success');
    },
  },
  {
    id: 'activation-offline',
    widget: 'atelier-warranty-activation',
    title: 'Offline on submission',
    description: 'The connection dropped: the answers are kept for the next try.',
    client: () => withMethod(demoClient, 'warranties', 'activate', unreachable),
    play: async (widget) => {
      await fill(widget, activationValues);
      await submitUntil(widget, 'error');
    },
  },
  { id: 'activation-loading', widget: 'atelier-warranty-activation', title: 'Before the brand answers', description: 'The whole form is drawn at once; the retailers and the brand\'s languages fill in when they arrive.', client: pendingClient },
  { id: 'activation-unreachable', widget: 'atelier-warranty-activation', until: 'error', title: 'Cannot load the retailers', description: 'The API cannot be reached: the form stays, with a retry above it.', client: offlineClient },

  { id: 'provenance-form', widget: 'atelier-provenance', until: 'form', title: 'Lookup form', description: 'Serial or Digital Link, before anything is looked up.' },
  { id: 'provenance-verified', widget: 'atelier-provenance', until: 'record', title: 'Verified history', description: 'A sold, modified and serviced piece, signed by the brand.', attributes: { serial: listedSerial } },
  { id: 'provenance-stolen', widget: 'atelier-provenance', until: 'stolen', title: 'Reported stolen', description: 'The warning comes before anything else.', attributes: { serial: stolenSerial } },
  { id: 'provenance-unknown', widget: 'atelier-provenance', until: 'error', title: 'Unknown serial', description: 'A serial the brand never made.', attributes: { serial: 'MA-999999' } },
  { id: 'provenance-loading', widget: 'atelier-provenance', title: 'Loading', description: 'The record has not arrived yet.', attributes: { serial: listedSerial }, client: pendingClient },
  { id: 'provenance-offline', widget: 'atelier-provenance', until: 'error', title: 'Offline', description: 'The API cannot be reached.', attributes: { serial: listedSerial }, client: offlineClient },

  { id: 'booking-first-step', widget: 'atelier-repair-booking', until: 'form', title: 'First step', description: 'The piece and what is wrong with it.' },
  {
    id: 'booking-from-card',
    widget: 'atelier-repair-booking',
    until: 'form',
    title: 'Started from the card, contact known',
    description: 'The card\'s service link gives the serial; a signed-in site gives the contact.',
    attributes: { serial: 'MA-240003', 'contact-name': 'Léa Martin', 'contact-email': 'lea.martin@example.com' },
  },
  {
    id: 'booking-loading',
    widget: 'atelier-repair-booking',
    title: 'Services loading',
    description: 'Past the first step, the service network has not arrived yet.',
    client: pendingClient,
    play: async (widget) => {
      await fill(widget, { serial: 'MA-240003' });
      ((await control(widget, 'form')) as HTMLFormElement).requestSubmit();
      await control(widget, '[aria-busy="true"]');
    },
  },
  {
    id: 'booking-offline',
    widget: 'atelier-repair-booking',
    title: 'Services cannot load',
    description: 'Past the first step, the API cannot be reached: a retry button.',
    client: offlineClient,
    play: (widget) => fill(widget, { serial: 'MA-240003' }).then(() => submitUntil(widget, 'error')),
  },

  { id: 'tracker-form', widget: 'atelier-service-tracker', until: 'form', title: 'Lookup form', description: 'Tracking code and the e-mail the repair was booked with.' },
  {
    id: 'tracker-estimate',
    widget: 'atelier-service-tracker',
    title: 'Estimate to decide',
    description: 'A repair waiting for its owner\'s approval of the estimate (a stand-in repair).',
    client: () => ({ repairs: { lookup: () => repairAwaitingApproval(galleryTrackingCode), decideEstimate: () => new Promise(() => undefined), rate: () => new Promise(() => undefined) } }),
    play: lookUpRepair('lea.martin@example.com', 'estimate'),
  },
  {
    id: 'tracker-not-found',
    widget: 'atelier-service-tracker',
    title: 'No such repair',
    description: 'A code and e-mail that match nothing (the API\'s own answer, without spending this network\'s attempts at the code).',
    client: unknownRepairClient,
    play: lookUpRepair('nobody@example.com', 'error'),
  },
  {
    id: 'tracker-offline',
    widget: 'atelier-service-tracker',
    title: 'Offline',
    description: 'The API cannot be reached when looking up.',
    client: offlineClient,
    play: lookUpRepair('lea.martin@example.com', 'error'),
  },

  { id: 'portal-sign-in', widget: 'atelier-owner-portal', until: 'form', title: 'Sign in', description: 'Nobody signed in: the owner types their e-mail.', client: signedOutOwnerClient },
  {
    id: 'portal-check-mail',
    widget: 'atelier-owner-portal',
    title: 'Check your mail',
    description: 'A code and a link are on their way (the same words for any address); the owner types the code.',
    client: signedOutOwnerClient,
    play: async (widget) => {
      await fill(widget, { email: 'lea.martin@example.com' });
      ((await control(widget, 'form')) as HTMLFormElement).requestSubmit();
      await control(widget, '[name="code"]');
    },
  },
  { id: 'portal-pieces', widget: 'atelier-owner-portal', until: 'piece', title: 'My pieces', description: 'Warranty end, next care due and the retailer, with a way to reach them (a stand-in owner).', client: signedInOwnerClient },
  {
    id: 'portal-piece',
    widget: 'atelier-owner-portal',
    title: 'A piece\'s history',
    description: 'Its events, repairs with their tracker, warranty extensions; book a service, report it stolen.',
    client: signedInOwnerClient,
    play: openOwnedPiece,
  },
  {
    id: 'portal-report-stolen',
    widget: 'atelier-owner-portal',
    title: 'Report stolen: the confirmation',
    description: 'Where it was stolen, then what will happen, before anything is sent.',
    client: signedInOwnerClient,
    play: async (widget) => {
      await openOwnedPiece(widget);
      (await control(widget, '.report-stolen')).click();
      await fill(widget, { country: 'CH', city: 'Genève' });
      await submitUntil(widget, 'confirm');
    },
  },
  {
    id: 'portal-preferences',
    widget: 'atelier-owner-portal',
    title: 'Preferences',
    description: 'Per channel what the brand may write about, the language, a quiet period, every change with what the owner read, and sharing with a retailer.',
    client: signedInOwnerClient,
    play: async (widget) => {
      (await control(widget, '[part~="account"] nav button')).click();
      await control(widget, '#shares-title');
    },
  },
  {
    id: 'portal-erase',
    widget: 'atelier-owner-portal',
    title: 'Erase my account: the confirmation',
    description: 'What is lost, and what stays with the pieces, before anything is erased.',
    client: signedInOwnerClient,
    play: async (widget) => {
      (await control(widget, '[part~="account"] nav button:last-child')).click();
      (await control(widget, 'button.erase')).click();
      await control(widget, '[part~="confirm"]');
    },
  },
  { id: 'portal-loading', widget: 'atelier-owner-portal', title: 'Loading', description: 'The owner\'s pieces have not arrived yet.', client: pendingClient },
  { id: 'portal-offline', widget: 'atelier-owner-portal', until: 'error', title: 'Offline', description: 'The API cannot be reached: a retry button.', client: offlineClient },
];

/** The gallery's sections, in the order a buyer meets the widgets. */
const sections: ReadonlyArray<{ widget: WidgetTag; name: string }> = [
  { widget: 'atelier-warranty-activation', name: 'Warranty activation' },
  { widget: 'atelier-provenance', name: 'Provenance' },
  { widget: 'atelier-repair-booking', name: 'Repair booking' },
  { widget: 'atelier-service-tracker', name: 'Service tracker' },
  { widget: 'atelier-owner-portal', name: 'Owner portal' },
];

function renderSection(widget: WidgetTag, name: string): { section: HTMLElement; grid: HTMLElement } {
  const section = document.createElement('section');
  section.setAttribute('aria-labelledby', `${widget}-title`);
  const heading = document.createElement('h2');
  heading.id = `${widget}-title`;
  const tag = document.createElement('code');
  tag.textContent = `<${widget}>`;
  heading.append(`${name} `, tag);
  const grid = document.createElement('div');
  grid.className = 'gallery-grid';
  section.append(heading, grid);
  return { section, grid };
}

/** The three house styles of src/house-styles/, each a class on the widgets' container. */
const houseStyles = ['maison-doree', 'noir-blanc', 'perle'] as const;
type HouseStyle = (typeof houseStyles)[number];

interface Look {
  theme: string;
  locale: string;
  /** The maison's own look: the site's `--atelier-*` properties, or the widgets' defaults. */
  houseStyle: boolean;
  /** Instead, one of the three house styles (`?house=perle`). */
  otherHouse: HouseStyle | undefined;
}

function readLook(): Look {
  const query = new URLSearchParams(window.location.search);
  const house = query.get('house');
  const otherHouse = houseStyles.find((name) => name === house);
  return { theme: query.get('theme') ?? 'light', locale: query.get('locale') ?? 'en', houseStyle: house !== 'off' && !otherHouse, otherHouse };
}

/** One card: its heading and description in the page, the widget in its state below them. */
function renderState(state: GalleryState, look: Look): { card: HTMLElement; reached: Promise<void> } {
  const card = document.createElement('article');
  card.className = 'gallery-card';
  card.id = state.id;
  card.setAttribute('aria-labelledby', `${state.id}-title`);
  const title = document.createElement('h3');
  title.id = `${state.id}-title`;
  title.textContent = state.title;
  const description = document.createElement('p');
  description.textContent = state.description;
  const widget = document.createElement(state.widget);
  for (const [name, value] of Object.entries({ 'publishable-key': publishableKey, 'api-base': apiBase, theme: look.theme, locale: look.locale, ...state.attributes })) {
    widget.setAttribute(name, value);
  }
  if (state.client) Object.assign(widget, { client: state.client() });
  card.append(title, description, widget);
  const reach = async (): Promise<void> => {
    await state.play?.(widget);
    if (state.until) await control(widget, `[part~="${state.until}"]`);
  };
  const reached = reach().then(
    () => card.setAttribute('data-gallery-ready', ''),
    (error: unknown) => {
      card.setAttribute('data-gallery-error', error instanceof Error ? error.message : String(error));
      console.error(error);
    },
  );
  return { card, reached };
}

/** The theme and language pickers reload the page with the choice in the URL, so a view can be shared. */
function syncControls(look: Look): void {
  const form = document.querySelector<HTMLFormElement>('#gallery-look');
  if (!form) return;
  (form.elements.namedItem('theme') as HTMLSelectElement).value = look.theme;
  (form.elements.namedItem('locale') as HTMLSelectElement).value = look.locale;
  (form.elements.namedItem('house') as HTMLSelectElement).value = look.otherHouse ?? (look.houseStyle ? 'on' : 'off');
}

const look = readLook();
syncControls(look);
document.body.classList.toggle('gallery-house', look.houseStyle);
if (look.otherHouse) document.getElementById('gallery-widgets')?.classList.add(`house-${look.otherHouse}`);
document.body.classList.toggle('gallery-dark', look.theme === 'dark');
const reached: Array<Promise<void>> = [];
for (const { widget, name } of sections) {
  const { section, grid } = renderSection(widget, name);
  document.getElementById('gallery-widgets')?.append(section);
  for (const state of states.filter((candidate) => candidate.widget === widget)) {
    const { card, reached: stateReached } = renderState(state, look);
    grid.append(card);
    reached.push(stateReached);
  }
}
// A widget moves focus to its error or success message, as it should for a visitor; here a dozen
// do so at once, so once every state is reached the page goes back to where the reader asked.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
void Promise.all(reached).then(async () => {
  // A widget moves focus once it has drawn the state (after its update), so let them settle first.
  await Promise.all([...document.querySelectorAll('.gallery-card > :last-child')].map((widget) => (widget as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  await nextFrame();
  await nextFrame();
  (document.activeElement as HTMLElement | null)?.blur();
  const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
  if (target) target.scrollIntoView({ block: 'start', behavior: 'instant' });
  else window.scrollTo({ top: 0, behavior: 'instant' });
  document.body.setAttribute('data-gallery-complete', '');
});
