/** The brand's public configuration: what a widget needs before it renders a form. */
import * as z from 'zod/mini';
import { type OperationDocs, operation, publicAccess } from './operation.ts';
import { CountryCode, Id, Locale } from './primitives.ts';
import { BrandSigningKey } from './signing-key.ts';

export const WarrantyPolicy = z.object({
  /** Coverage from the purchase date. */
  baseMonths: z.number().check(z.int(), z.gte(0)),
  /** Coverage added by each completed service. */
  monthsAddedPerService: z.number().check(z.int(), z.gte(0)),
  /** Recommended interval between services. */
  serviceIntervalMonths: z.number().check(z.int(), z.gte(1)),
});
export type WarrantyPolicy = z.infer<typeof WarrantyPolicy>;

export const RetailerSummary = z.object({
  id: Id,
  name: z.string(),
  country: CountryCode,
  city: z.string(),
});
export type RetailerSummary = z.infer<typeof RetailerSummary>;

export const BrandConfig = z.object({
  id: Id,
  name: z.string(),
  /** Locales the brand serves; the first is its default. */
  locales: z.array(Locale),
  defaultLocale: Locale,
  warrantyPolicy: WarrantyPolicy,
  /** Authorized retailers, for the "where did you buy it" choice of the activation form. */
  retailers: z.array(RetailerSummary),
  /** The public key that signs provenance records; absent until the brand has one. */
  signingKey: z.optional(BrandSigningKey),
});
export type BrandConfig = z.infer<typeof BrandConfig>;

export const getBrand = operation({
  id: 'getBrand',
  method: 'GET',
  path: '/v1/brand',
  access: publicAccess,
  response: BrandConfig,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const brandDocs = {
  tag: 'brand',
  summaries: {
    getBrand: "The brand's public configuration: name, locales, warranty policy and authorized retailers.",
  },
} as const satisfies OperationDocs;
