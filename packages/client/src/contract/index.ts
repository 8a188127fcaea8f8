// The building blocks every capability uses.
export * from './locales.ts';
export * from './primitives.ts';
export * from './text-characters.ts';
export * from './problem.ts';
export * from './validation.ts';
export * from './operation.ts';
export * from './received.ts';
export * from './headers.ts';
// One module per capability: its schemas, its operations and their documentation.
export * from './brand.ts';
export * from './brand-settings.ts';
export * from './warranties.ts';
export * from './sales.ts';
export * from './items.ts';
export * from './item-events.ts';
export * from './signing-key.ts';
export * from './provenance.ts';
export * from './service-network.ts';
export * from './repairs.ts';
export * from './repair-listing.ts';
export * from './service-metrics.ts';
export * from './retailers.ts';
export * from './retailer-benchmarks.ts';
export * from './retailer-notes.ts';
export * from './stock.ts';
export * from './stock-import.ts';
export * from './recognition.ts';
export * from './people.ts';
export * from './sign-in.ts';
export * from './passkeys.ts';
export * from './api-keys.ts';
export * from './audit.ts';
export * from './segments.ts';
export * from './clients.ts';
export * from './owner-space.ts';
// The table of every operation.
export * from './operations.ts';
