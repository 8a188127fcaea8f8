/** Test helpers for the account page: its text and controls across its own shadow root and its halves'. */
export function roots(element: HTMLElement): ShadowRoot[] {
  const own = element.shadowRoot;
  if (!own) return [];
  const halves = [...own.querySelectorAll('console-my-sessions'), ...element.querySelectorAll('console-my-passkeys')];
  return [own, ...(element.localName === 'console-my-passkeys' ? [] : halves.flatMap((half) => (half.shadowRoot ? [half.shadowRoot] : [])))];
}

export function text(element: HTMLElement): string {
  return roots(element)
    .map((root) => root.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

export function query<T extends Element>(element: HTMLElement, selector: string): T | undefined {
  for (const root of roots(element)) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return undefined;
}

export function button(element: HTMLElement, label: string): HTMLElement {
  const found = roots(element)
    .flatMap((root) => [...root.querySelectorAll<HTMLElement>('wa-button')])
    .find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
