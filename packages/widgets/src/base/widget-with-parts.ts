/**
 * A widget that draws parts (src/base/widget-part.ts): its `updateComplete` resolves once the parts
 * it drew have drawn too, so focus moves and tests find what they show. The activation widget draws
 * none, so this is not in the runtime its first render loads.
 */
import { AtelierElement } from './atelier-element.ts';
import { partsDrawn } from './widget-part.ts';

export abstract class WidgetWithParts<Client extends object = object> extends AtelierElement<Client> {
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await partsDrawn(this.renderRoot);
    return complete;
  }
}
