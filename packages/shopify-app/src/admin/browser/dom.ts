/**
 * Builds elements from data. Text is always set as text, never parsed as HTML: order lines and
 * buyers' names come from the storefront.
 */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export type Child = Node | string;

/** `true` sets a boolean attribute, `false`/`null`/`undefined` leaves it out. */
export function h<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** The page's element with this id; its absence is a bug in the page, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The admin page has no #${id}.`);
  return element as T;
}

export function setHidden(element: HTMLElement, hidden: boolean): void {
  element.toggleAttribute('hidden', hidden);
}
