/** Web Awesome's dark theme (`wa-dark` on the root) whenever the system asks for dark, following changes. */
const darkQuery = '(prefers-color-scheme: dark)';

export function followColourScheme(root: HTMLElement = document.documentElement): void {
  const query = window.matchMedia(darkQuery);
  const apply = () => root.classList.toggle('wa-dark', query.matches);
  apply();
  query.addEventListener('change', apply);
}
