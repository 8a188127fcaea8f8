/** Valid contract values for tests: each test changes only what it is about. */
import type { ActivationRequest, ActivationResponse, BrandConfig, ItemSummary } from '../contract/index.ts';

export const brandConfig: BrandConfig = {
  id: 'brand_1',
  name: 'Maison Test',
  locales: ['en', 'fr'],
  defaultLocale: 'en',
  warrantyPolicy: { baseMonths: 24, monthsAddedPerService: 12, serviceIntervalMonths: 36 },
  retailers: [{ id: 'ret_1', name: 'Boutique Genève', country: 'CH', city: 'Genève' }],
};

export const activationRequest: ActivationRequest = {
  serial: 'AT-000123',
  cardCode: 'ABCD-EFGH',
  purchaseDate: '2026-05-01',
  retailerId: 'ret_1',
  owner: { name: 'Jeanne Martin', email: 'jeanne@example.com', country: 'FR', language: 'fr' },
  consents: { service: true, marketing: false },
};

export const activationResponse: ActivationResponse = {
  warranty: {
    id: 'war_1',
    serial: 'AT-000123',
    model: { reference: 'REF-1', name: 'Classique', collection: 'Heritage' },
    status: 'pending_confirmation',
    purchaseDate: '2026-05-01',
    coverageEnd: '2028-05-01',
    retailer: brandConfig.retailers[0] ?? null,
    gift: false,
    activatedAt: '2026-05-02T10:00:00.000Z',
    confirmedAt: null,
  },
  confirmationSentTo: 'j•••@example.com',
};

export const itemSummary: ItemSummary = {
  serial: 'AT-000123',
  gtin: null,
  model: { reference: 'REF-1', name: 'Classique', collection: 'Heritage', calibre: 'AT-01' },
  manufacturedOn: '2025-11-03',
  status: 'sold',
  warranty: null,
};
