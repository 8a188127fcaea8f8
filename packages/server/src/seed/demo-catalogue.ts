/** The demo brand as data: a believable maison, its collections, dealers and service centres. */

export interface BrandSpec {
  id: string;
  name: string;
  locales: string[];
  warrantyBaseMonths: number;
  warrantyMonthsAddedPerService: number;
  serviceIntervalMonths: number;
  /** Brand-site pages the Digital Link resolver redirects to, with `{serial}` / `{gtin}` placeholders. */
  pageUrlTemplates?: { provenance: string; activation: string; repair: string };
}

/** The pages of a brand site at `siteUrl`, as the example site lays them out. */
export function brandSitePageTemplates(siteUrl: string): NonNullable<BrandSpec['pageUrlTemplates']> {
  const base = siteUrl.replace(/\/$/, '');
  return {
    provenance: `${base}/provenance.html?serial={serial}`,
    activation: `${base}/?serial={serial}`,
    repair: `${base}/repair.html?serial={serial}`,
  };
}

export interface ModelSpec {
  reference: string;
  name: string;
  collection: string;
  calibre: string;
}

export interface RetailerSpec {
  id: string;
  name: string;
  country: string;
  city: string;
}

export interface ServiceCentreSpec {
  id: string;
  name: string;
  country: string;
  city: string;
  address: string;
  /** Standard turnaround per service type, in days. */
  turnaroundDaysByService: Record<string, number>;
}

export const demoBrand: BrandSpec = {
  id: 'brand_maison_aubert',
  name: 'Maison Aubert',
  locales: ['en', 'fr', 'de', 'it', 'ja', 'zh-Hans', 'zh-Hant'],
  warrantyBaseMonths: 24,
  warrantyMonthsAddedPerService: 12,
  serviceIntervalMonths: 36,
};

export const demoModels: ModelSpec[] = [
  { reference: '1801A-OR', name: 'Méridienne Petite Seconde', collection: 'Méridienne', calibre: 'AU-18 manual winding' },
  { reference: '1801G-AC', name: 'Méridienne Petite Seconde', collection: 'Méridienne', calibre: 'AU-18 manual winding' },
  { reference: '1812R-OR', name: 'Méridienne Date', collection: 'Méridienne', calibre: 'AU-21 automatic' },
  { reference: '1820P-PT', name: 'Méridienne Tourbillon', collection: 'Méridienne', calibre: 'AU-90 tourbillon' },
  { reference: '2204A-AC', name: 'Corniche Automatique 39', collection: 'Corniche', calibre: 'AU-21 automatic' },
  { reference: '2204B-AC', name: 'Corniche Automatique 39 bleu', collection: 'Corniche', calibre: 'AU-21 automatic' },
  { reference: '2210A-AC', name: 'Corniche Chronographe', collection: 'Corniche', calibre: 'AU-45 chronograph' },
  { reference: '2210R-OR', name: 'Corniche Chronographe or rose', collection: 'Corniche', calibre: 'AU-45 chronograph' },
  { reference: '2230T-TI', name: 'Corniche GMT Titane', collection: 'Corniche', calibre: 'AU-24 GMT' },
  { reference: '3105R-OR', name: "Lune d'Or 36", collection: "Lune d'Or", calibre: 'AU-27 moon phase' },
  { reference: '3105G-OR', name: "Lune d'Or 36 or gris", collection: "Lune d'Or", calibre: 'AU-27 moon phase' },
  { reference: '3110R-DI', name: "Lune d'Or Serti", collection: "Lune d'Or", calibre: 'AU-27 moon phase' },
  { reference: '3140P-PT', name: "Lune d'Or Quantième Perpétuel", collection: "Lune d'Or", calibre: 'AU-60 perpetual calendar' },
  { reference: '4002A-AC', name: 'Navigatrice 300', collection: 'Navigatrice', calibre: 'AU-21 automatic' },
  { reference: '4002N-AC', name: 'Navigatrice 300 noire', collection: 'Navigatrice', calibre: 'AU-21 automatic' },
  { reference: '4015B-BR', name: 'Navigatrice Bronze', collection: 'Navigatrice', calibre: 'AU-21 automatic' },
  { reference: '4020T-TI', name: 'Navigatrice Profonde 1000', collection: 'Navigatrice', calibre: 'AU-22 automatic' },
  { reference: '5001R-OR', name: 'Atelier Classique Heures Sautantes', collection: 'Atelier Classique', calibre: 'AU-33 jumping hour' },
  { reference: '5008G-OR', name: 'Atelier Classique Répétition Minutes', collection: 'Atelier Classique', calibre: 'AU-99 minute repeater' },
  { reference: '5012A-AC', name: 'Atelier Classique Ultra-Plate', collection: 'Atelier Classique', calibre: 'AU-12 manual winding' },
  { reference: '6101R-DI', name: 'Pétale Manchette', collection: 'Pétale', calibre: 'AU-Q2 quartz' },
  { reference: '6104G-DI', name: 'Pétale Sautoir Montre', collection: 'Pétale', calibre: 'AU-Q2 quartz' },
];

export const demoRetailers: RetailerSpec[] = [
  { id: 'rtl_aubert_vendome', name: 'Boutique Maison Aubert Place Vendôme', country: 'FR', city: 'Paris' },
  { id: 'rtl_bijouterie_lumiere', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' },
  { id: 'rtl_horlogerie_du_rhone', name: 'Horlogerie du Rhône', country: 'CH', city: 'Genève' },
  { id: 'rtl_bahnhof_uhren', name: 'Uhren am Bahnhofplatz', country: 'CH', city: 'Zürich' },
  { id: 'rtl_ginza_tokeiten', name: 'Ginza Tokeiten', country: 'JP', city: 'Tokyo' },
  { id: 'rtl_madison_timepieces', name: 'Madison Avenue Timepieces', country: 'US', city: 'New York' },
];

const standardTurnaroundDays = { full_service: 30, partial_service: 14, water_resistance_test: 2, strap_and_bracelet: 5 };

export const demoServiceCentres: ServiceCentreSpec[] = [
  { id: 'svc_paris', name: 'Atelier de Service Paris', country: 'FR', city: 'Paris', address: '12 rue de la Paix, 75002 Paris', turnaroundDaysByService: standardTurnaroundDays },
  { id: 'svc_geneve', name: 'Manufacture Aubert — Service', country: 'CH', city: 'Genève', address: 'Route des Acacias 41, 1227 Genève', turnaroundDaysByService: { ...standardTurnaroundDays, restoration: 120 } },
  { id: 'svc_tokyo', name: 'Aubert Service Centre Tokyo', country: 'JP', city: 'Tokyo', address: '5-7-2 Ginza, Chuo-ku, Tokyo 104-0061', turnaroundDaysByService: standardTurnaroundDays },
  { id: 'svc_new_york', name: 'Aubert Service Centre New York', country: 'US', city: 'New York', address: '725 Fifth Avenue, New York, NY 10022', turnaroundDaysByService: standardTurnaroundDays },
];

/** The demo site's origins, allowed for the demo publishable key unless configured otherwise. */
export const demoSiteOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173'];
