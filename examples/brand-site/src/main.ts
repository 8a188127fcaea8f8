// The one script a brand adds: the loader upgrades <atelier-*> tags and loads only the widgets
// the page uses. From the CDN build it would be
// <script type="module" src="https://cdn.example/@atelier/widgets/loader.js">.
import '@atelier/widgets/loader.ts';

// The confirmation e-mail links back to this page with the token in the fragment; the widget
// confirms by itself, and the page only brings it into view.
const confirmationFragment = 'atelier-confirmation=';
if (window.location.hash.includes(confirmationFragment)) {
  document.querySelector('atelier-warranty-activation')?.scrollIntoView({ block: 'start' });
}
