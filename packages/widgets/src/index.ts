/** npm entry: every widget, registered, with its types. Import one component's module instead to load only that widget. */
export { AtelierElement } from './base/atelier-element.ts';
export type { Theme } from './base/atelier-element.ts';
export type { WidgetClient } from './base/client.ts';
export { defineElement } from './base/define.ts';
export type { AtelierEventDetails, AtelierEventMap, AtelierEventName } from './base/events.ts';
export { widgetsVersion } from './base/version.ts';
export { AtelierWarrantyActivation, warrantyActivationTag } from './components/warranty-activation/warranty-activation.ts';
export { AtelierProvenance, provenanceTag } from './components/provenance/provenance.ts';
