/**
 * Polaris web components come from Shopify's CDN (`polaris.js`, a classic script in the page's
 * head, so it has run, or failed, before this module runs). When they are not defined after a
 * short grace period, plain stand-ins are defined instead so the page is never a blank frame.
 */
import { defineStandIns, polarisTagsUsed } from './polaris-stand-ins.ts';

/** How long to wait for Polaris to define its elements before using the stand-ins. */
export const polarisGraceMs = 1500;

/** Resolves `'polaris'` or `'stand-ins'` once every tag the page uses is defined. */
export async function ensurePolarisComponents(): Promise<'polaris' | 'stand-ins'> {
  if (customElements.get('s-page')) return 'polaris';
  const defined = customElements.whenDefined('s-page').then(() => true);
  const gaveUp = new Promise<false>((resolve) => setTimeout(() => resolve(false), polarisGraceMs));
  if (await Promise.race([defined, gaveUp])) return 'polaris';
  defineStandIns();
  await Promise.all(polarisTagsUsed.map((tag) => customElements.whenDefined(tag)));
  return 'stand-ins';
}
