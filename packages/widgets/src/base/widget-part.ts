/**
 * What a widget's internal elements share (the booking's steps, the tracker's lookup form, estimate
 * and rating…). They are not part of the widget's public API: the widget draws them, gives them what
 * to show as properties, keeps the state that outlives them and listens to the events they send up.
 *
 * A part draws into the widget's shadow root, not a shadow root of its own: the widget's styles
 * and `::part()` names reach it, and ids stay in one tree, so `for`, `aria-describedby`, the error
 * summary's links and the widget's focus rules work across parts as they do within one.
 */
import type { LitElement } from 'lit';
import { AtelierElement } from './atelier-element.ts';
import { afterNextFrame } from './task-timing.ts';

/**
 * Lit's element class, reached through AtelierElement: a widget's chunk imports AtelierElement from
 * the runtime every page shares already, while naming `LitElement` would add an export to that
 * runtime, bytes the activation page pays for (its budget has a few dozen bytes to spare).
 */
const LitElementClass = Object.getPrototypeOf(AtelierElement) as typeof LitElement;

/** `Messages` is the widget's strings, handed down as they are. */
export abstract class WidgetPart<Messages> extends LitElementClass {
  static override properties = { messages: { attribute: false } };

  declare messages: Messages;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * While its widget draws its first screen, a part draws after the next frame, in a task of its own:
   * the widget's shell, then each part, is laid out and painted apart (widget-with-parts.ts). Later,
   * a part the person brings up (the next step of a form) draws at once, as Lit would.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && drawsFirstScreen(this)) {
      // What follows the part in the widget is hidden meanwhile (themes/tokens.ts): it would otherwise
      // move down, in view, when the part draws (a layout shift on the merchant's page).
      this.setAttribute(drawingAttribute, '');
      await afterNextFrame();
      super.scheduleUpdate();
      this.removeAttribute(drawingAttribute);
      return;
    }
    super.scheduleUpdate();
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

/** On a part whose first render waits for the next frame: what follows it is hidden until it draws. */
const drawingAttribute = 'data-atelier-drawing';

/** Whether `part` belongs to a widget still drawing its first screen (WidgetWithParts' `drawingFirstScreen`). */
function drawsFirstScreen(part: Element): boolean {
  const root = part.getRootNode();
  return root instanceof ShadowRoot && (root.host as { drawingFirstScreen?: boolean }).drawingFirstScreen === true;
}

/** Waits until every part under `root` has drawn, parts a part draws included. */
export async function partsDrawn(root: ParentNode): Promise<void> {
  const pending = (): Array<WidgetPart<unknown>> =>
    [...root.querySelectorAll('*')].filter((element): element is WidgetPart<unknown> => element instanceof WidgetPart && element.isUpdatePending);
  for (let parts = pending(); parts.length > 0; parts = pending()) await Promise.all(parts.map((part) => part.updateComplete));
}
