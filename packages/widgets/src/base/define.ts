/**
 * Registers a custom element without throwing when the tag is already taken. A page can end up
 * with the widgets twice (the CDN loader and an npm bundle, two app blocks, a tag manager); the
 * first definition wins, and a version mismatch is reported once so it can be fixed.
 */
import { widgetsVersion } from './version.ts';

/** A constructor that says which release of the widgets defined it. */
interface VersionedElement extends CustomElementConstructor {
  readonly atelierVersion?: string;
}

const warnedTags = new Set<string>();

export function defineElement(tagName: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tagName) as VersionedElement | undefined;
  if (!existing) {
    Object.defineProperty(element, 'atelierVersion', { value: widgetsVersion, configurable: true });
    customElements.define(tagName, element);
    return;
  }
  if (existing === element || warnedTags.has(tagName)) return;
  if (existing.atelierVersion !== widgetsVersion) {
    warnedTags.add(tagName);
    console.warn(
      `[atelier] <${tagName}> is already defined by version ${existing.atelierVersion ?? 'unknown'}; ` +
        `version ${widgetsVersion} loaded too and is not used. Load the widgets once.`,
    );
  }
}
