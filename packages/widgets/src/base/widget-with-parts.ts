/**
 * A widget that draws parts (src/base/widget-part.ts): its `updateComplete` resolves once the parts
 * it drew have drawn too, so focus moves and tests find what they show. The activation widget draws
 * none, so this is not in the runtime its first render loads.
 */
import type { PropertyValues } from 'lit';
import { AtelierElement } from './atelier-element.ts';
import { partsDrawn } from './widget-part.ts';

export abstract class WidgetWithParts<Client extends object = object> extends AtelierElement<Client> {
  /**
   * Whether the widget's first screen is drawn in parts: each part a frame after the one before it
   * (widget-part.ts). Drawn with the widget in one task, the booking's, tracker's and provenance's
   * first screens held the main thread for 60–75 ms at Lighthouse's 4× CPU slowdown, then laid out
   * in one frame of as much again (issue 18, `bench:first-render --tasks`). The owner space does not:
   * its first screen is light enough, and drawn in parts it moved the brand site's page in a run of
   * the layout-stability test (an image below it, by less than a pixel).
   */
  protected static drawsFirstScreenInParts = false;

  /**
   * True until the parts of the widget's first screen have drawn, when it draws them in parts.
   * @internal
   */
  drawingFirstScreen = (this.constructor as typeof WidgetWithParts).drawsFirstScreenInParts;

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.drawingFirstScreen) return;
    void partsDrawn(this.renderRoot).then(() => {
      this.drawingFirstScreen = false;
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await partsDrawn(this.renderRoot);
    return complete;
  }
}
