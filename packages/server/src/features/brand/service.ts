/** The brand's public configuration, as the activation form needs it before it renders. */
import { supportedLocales, type BrandConfig, type Locale } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { currentSigningKey } from '../provenance/signing-keys.ts';
import { brandRetailers } from '../retailers/service.ts';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** The brand's locales we ship strings for, in the brand's order; English when none is left. */
function brandLocales(stored: string): Locale[] {
  const parsed: unknown = JSON.parse(stored);
  const locales = Array.isArray(parsed) ? parsed.filter(isLocale) : [];
  return locales.length > 0 ? locales : ['en'];
}

export async function getBrandConfig(db: Db, brandId: string): Promise<BrandConfig> {
  const brand = await db.selectFrom('brands').selectAll().where('id', '=', brandId).executeTakeFirstOrThrow();
  const retailers = await brandRetailers(db, brandId);
  const locales = brandLocales(brand.locales);
  const signingKey = await currentSigningKey(db, brandId);
  return {
    id: brand.id,
    name: brand.name,
    locales,
    defaultLocale: locales[0] ?? 'en',
    warrantyPolicy: {
      baseMonths: brand.warranty_base_months,
      monthsAddedPerService: brand.warranty_months_added_per_service,
      serviceIntervalMonths: brand.service_interval_months,
    },
    retailers,
    ...(signingKey ? { signingKey: signingKey.publicJwk } : {}),
  };
}
