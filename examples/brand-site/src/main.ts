// The one script a brand adds: the loader upgrades <atelier-*> tags and loads only the widgets
// the page uses. From the CDN build it would be
// <script type="module" src="https://cdn.example/@atelier/widgets/loader.js">.
// Every page of the example loads it; <atelier-provenance> reads `?serial=` by itself.
import '@atelier/widgets/loader.js';

const activationWidget = document.querySelector('atelier-warranty-activation');

/**
 * Brings a widget into view once it has drawn itself: scrolled to before, its empty place would
 * come into view and then grow, pushing what is below it down (a layout shift the visitor sees).
 */
async function scrollIntoViewOnceDrawn(widget: HTMLElement): Promise<void> {
  await customElements.whenDefined(widget.localName);
  await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  widget.scrollIntoView({ block: 'start' });
}

// The confirmation e-mail links back to this page with the token in the fragment: the widget
// confirms by itself and brings its outcome into view by focusing it (the active warranty, or why
// the link failed above the form). The page does not scroll to it first: its "Confirming…" line
// would come into view and then grow into the outcome, moving what is below.

// The warranty card's QR code (GS1 link type gs1:registerProduct) leads to `/?serial=…`, the
// activation page of the brand's settings: the form starts with that serial filled in.
const serialFromCard = new URLSearchParams(window.location.search).get('serial');
if (activationWidget && serialFromCard && !activationWidget.hasAttribute('serial')) {
  activationWidget.setAttribute('serial', serialFromCard);
  void scrollIntoViewOnceDrawn(activationWidget);
}

// The card's service link (GS1 link type gs1:serviceInfo) leads to `/repair.html?serial=…`: the
// booking starts with that piece.
const bookingWidget = document.querySelector('atelier-repair-booking');
if (bookingWidget && serialFromCard && !bookingWidget.hasAttribute('serial')) {
  bookingWidget.setAttribute('serial', serialFromCard);
}

// Repair e-mails link to the tracker with its proof in the fragment; the widget reads it by itself.
const trackerWidget = document.querySelector('atelier-service-tracker');
if (trackerWidget && window.location.hash.includes('atelier-tracker=')) {
  void scrollIntoViewOnceDrawn(trackerWidget);
}

// A repair just booked is the one to follow: the tracker beside the booking starts with its code,
// and the owner only adds the e-mail they booked with (the code alone opens nothing).
if (bookingWidget && trackerWidget) {
  bookingWidget.addEventListener('atelier-repair-booked', (event) => {
    trackerWidget.setAttribute('tracking-code', event.detail.trackingCode);
  });
}
