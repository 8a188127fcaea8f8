/**
 * What the booking's internal elements (its steps, the slot picker, the confirmation) share. They
 * are not part of the widget's public API: <atelier-repair-booking> draws them, gives them what to
 * show as properties, keeps the state that outlives a step (the form, the centres, the chosen time)
 * and listens to the events they send up.
 *
 * A part draws into the widget's shadow root, not a shadow root of its own: the widget's styles
 * and `::part()` names reach it, and ids stay in one tree, so `for`, `aria-describedby`, the error
 * summary's links and the widget's focus rules work across parts as they do within one.
 */
import { html } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import { AtelierElement } from '../../../base/atelier-element.ts';
import type { RepairBookingMessages } from '../locales/en.ts';

/**
 * Lit's element class, reached through AtelierElement: the booking's chunk imports AtelierElement
 * from the runtime every page shares already, while naming `LitElement` would add an export to that
 * runtime, bytes the activation page pays for (its budget has a few dozen bytes to spare).
 */
const LitElementClass = Object.getPrototypeOf(AtelierElement) as typeof LitElement;

export abstract class BookingPart extends LitElementClass {
  static override properties = { messages: { attribute: false } };

  declare messages: RepairBookingMessages;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Resolves once this part and the parts it draws have drawn their latest state. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await partsDrawn(this);
    return complete;
  }

  /**
   * Tells the widget what the person did. The event bubbles up to the widget through the parts
   * around this one, and no further: it is not composed, so the page never sees it.
   */
  protected tell<Detail>(name: string, detail?: Detail): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }
}

/** Waits until every part under `root` has drawn, parts a part draws included. */
export async function partsDrawn(root: ParentNode): Promise<void> {
  const pending = (): BookingPart[] =>
    [...root.querySelectorAll('*')].filter((element): element is BookingPart => element instanceof BookingPart && element.isUpdatePending);
  for (let parts = pending(); parts.length > 0; parts = pending()) await Promise.all(parts.map((part) => part.updateComplete));
}

/** A list that could not load, and a button to try again. */
export function loadFailure(message: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div class="alert" part="error" role="alert">
    <p>${message}</p>
    <button part="button" type="button" class="secondary" @click=${retry}>${retryLabel}</button>
  </div>`;
}
