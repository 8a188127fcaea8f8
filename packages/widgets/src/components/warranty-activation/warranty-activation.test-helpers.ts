/**
 * What the tests of <atelier-warranty-activation> share, its own and the theming ones: the brand it
 * loads (three languages, two retailers), the warranty an activation answers with, and a client that
 * answers both as the server does.
 */
import type { ActivationResponse, BrandConfig, Warranty } from '@atelier/client/contract';
import type { WarrantyActivationClient } from './warranty-activation-client.ts';

export const brand: BrandConfig = {
  id: 'brand_1',
  name: 'Maison Horlogère',
  locales: ['en', 'fr', 'zh-Hant'],
  defaultLocale: 'en',
  warrantyPolicy: { baseMonths: 24, monthsAddedPerService: 12, serviceIntervalMonths: 36 },
  retailers: [
    { id: 'ret_geneva', name: 'Boutique Rhône', country: 'CH', city: 'Geneva' },
    { id: 'ret_paris', name: 'Galerie Vendôme', country: 'FR', city: 'Paris' },
  ],
};

/** The warranty an activation answers with: registered, waiting for the buyer's confirmation. */
export const warranty: Warranty = {
  id: 'war_1',
  serial: 'AT-100234',
  model: { reference: '5711', name: 'Nautile Automatique', collection: 'Nautile' },
  status: 'pending_confirmation',
  purchaseDate: '2025-01-15',
  coverageEnd: '2027-01-15',
  retailer: brand.retailers[0] ?? null,
  gift: false,
  activatedAt: '2025-01-20T10:00:00Z',
  confirmedAt: null,
};

export const activation: ActivationResponse = { warranty, confirmationSentTo: 'a•••@example.com' };

/** A client that loads `brand`, answers every activation with `activation` and every confirmation with the warranty active. */
export const answeringClient = {
  brand: { get: () => Promise.resolve(brand) },
  warranties: {
    activate: () => Promise.resolve(activation),
    confirm: () => Promise.resolve({ warranty: { ...warranty, status: 'active' as const } }),
  },
} as unknown as WarrantyActivationClient;
