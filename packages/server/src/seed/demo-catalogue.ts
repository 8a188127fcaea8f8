/** The demo brand as data: a believable maison, its collections, dealers and service centres. */
import type { CareRuleInput, CareRuleParams, OpeningPeriod, PersonRole, ServiceType, Weekday } from '@atelier/client/contract';

export interface BrandSpec {
  id: string;
  name: string;
  locales: string[];
  warrantyBaseMonths: number;
  warrantyMonthsAddedPerService: number;
  serviceIntervalMonths: number;
  /** Brand-site pages the Digital Link resolver redirects to, with `{serial}` / `{gtin}` placeholders. */
  pageUrlTemplates?: { provenance: string; activation: string; repair: string };
  /** The brand-site page with the service tracker that repair e-mails link to. */
  serviceTrackerUrl?: string;
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

/** The example site's service tracker page: the repair page, which books and tracks. */
export function brandSiteServiceTrackerUrl(siteUrl: string): string {
  return `${siteUrl.replace(/\/$/, '')}/repair.html`;
}

export interface ModelSpec {
  reference: string;
  /** The model's GTIN-13 (EAN-13), as printed under its barcode; each of its pieces carries it. */
  gtin: string;
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

/** Boutique drop-off appointments a centre offers on each day it is open. */
export interface DropOffScheduleSpec {
  /** Local wall-clock start times, `HH:MM` in the centre's time zone, each within an opening period. */
  startTimes: string[];
  slotMinutes: number;
  /** Pieces the boutique can take in per slot. */
  capacity: number;
}

export interface ServiceCentreSpec {
  id: string;
  name: string;
  country: string;
  city: string;
  address: string;
  /** Standard turnaround per service type, in days; each a code of the brand's service types. */
  turnaroundDaysByService: Record<string, number>;
  /** IANA time zone: opening hours and drop-off slots are in it. */
  timeZone: string;
  openingHours: OpeningPeriod[];
  mailInInstructions: string;
  /** WGS 84 degrees, for listing centres by distance. */
  latitude: number;
  longitude: number;
  dropOff: DropOffScheduleSpec;
}

export const demoBrand: BrandSpec = {
  id: 'brand_maison_aubert',
  name: 'Maison Aubert',
  locales: ['en', 'fr', 'de', 'it', 'ja', 'zh-Hans', 'zh-Hant'],
  warrantyBaseMonths: 24,
  warrantyMonthsAddedPerService: 12,
  serviceIntervalMonths: 36,
};

/**
 * GTINs under 950 6000, the GS1 company prefix GS1 itself uses in its standards' examples: no
 * real product carries them, so the demo cannot collide with a shop's barcode. The first is GS1's
 * own Digital Link example (09506000134352), the others follow it item reference by item reference.
 */
export const demoModels: ModelSpec[] = [
  { reference: '1801A-OR', gtin: '9506000134352', name: 'Méridienne Petite Seconde', collection: 'Méridienne', calibre: 'AU-18 manual winding' },
  { reference: '1801G-AC', gtin: '9506000134369', name: 'Méridienne Petite Seconde', collection: 'Méridienne', calibre: 'AU-18 manual winding' },
  { reference: '1812R-OR', gtin: '9506000134376', name: 'Méridienne Date', collection: 'Méridienne', calibre: 'AU-21 automatic' },
  { reference: '1820P-PT', gtin: '9506000134383', name: 'Méridienne Tourbillon', collection: 'Méridienne', calibre: 'AU-90 tourbillon' },
  { reference: '2204A-AC', gtin: '9506000134390', name: 'Corniche Automatique 39', collection: 'Corniche', calibre: 'AU-21 automatic' },
  { reference: '2204B-AC', gtin: '9506000134406', name: 'Corniche Automatique 39 bleu', collection: 'Corniche', calibre: 'AU-21 automatic' },
  { reference: '2210A-AC', gtin: '9506000134413', name: 'Corniche Chronographe', collection: 'Corniche', calibre: 'AU-45 chronograph' },
  { reference: '2210R-OR', gtin: '9506000134420', name: 'Corniche Chronographe or rose', collection: 'Corniche', calibre: 'AU-45 chronograph' },
  { reference: '2230T-TI', gtin: '9506000134437', name: 'Corniche GMT Titane', collection: 'Corniche', calibre: 'AU-24 GMT' },
  { reference: '3105R-OR', gtin: '9506000134444', name: "Lune d'Or 36", collection: "Lune d'Or", calibre: 'AU-27 moon phase' },
  { reference: '3105G-OR', gtin: '9506000134451', name: "Lune d'Or 36 or gris", collection: "Lune d'Or", calibre: 'AU-27 moon phase' },
  { reference: '3110R-DI', gtin: '9506000134468', name: "Lune d'Or Serti", collection: "Lune d'Or", calibre: 'AU-27 moon phase' },
  { reference: '3140P-PT', gtin: '9506000134475', name: "Lune d'Or Quantième Perpétuel", collection: "Lune d'Or", calibre: 'AU-60 perpetual calendar' },
  { reference: '4002A-AC', gtin: '9506000134482', name: 'Navigatrice 300', collection: 'Navigatrice', calibre: 'AU-21 automatic' },
  { reference: '4002N-AC', gtin: '9506000134499', name: 'Navigatrice 300 noire', collection: 'Navigatrice', calibre: 'AU-21 automatic' },
  { reference: '4015B-BR', gtin: '9506000134505', name: 'Navigatrice Bronze', collection: 'Navigatrice', calibre: 'AU-21 automatic' },
  { reference: '4020T-TI', gtin: '9506000134512', name: 'Navigatrice Profonde 1000', collection: 'Navigatrice', calibre: 'AU-22 automatic' },
  { reference: '5001R-OR', gtin: '9506000134529', name: 'Atelier Classique Heures Sautantes', collection: 'Atelier Classique', calibre: 'AU-33 jumping hour' },
  { reference: '5008G-OR', gtin: '9506000134536', name: 'Atelier Classique Répétition Minutes', collection: 'Atelier Classique', calibre: 'AU-99 minute repeater' },
  { reference: '5012A-AC', gtin: '9506000134543', name: 'Atelier Classique Ultra-Plate', collection: 'Atelier Classique', calibre: 'AU-12 manual winding' },
  { reference: '6101R-DI', gtin: '9506000134550', name: 'Pétale Manchette', collection: 'Pétale', calibre: 'AU-Q2 quartz' },
  { reference: '6104G-DI', gtin: '9506000134567', name: 'Pétale Sautoir Montre', collection: 'Pétale', calibre: 'AU-Q2 quartz' },
];

export const demoRetailers: RetailerSpec[] = [
  { id: 'rtl_aubert_vendome', name: 'Boutique Maison Aubert Place Vendôme', country: 'FR', city: 'Paris' },
  { id: 'rtl_bijouterie_lumiere', name: 'Bijouterie Lumière', country: 'FR', city: 'Lyon' },
  { id: 'rtl_horlogerie_du_rhone', name: 'Horlogerie du Rhône', country: 'CH', city: 'Genève' },
  { id: 'rtl_bahnhof_uhren', name: 'Uhren am Bahnhofplatz', country: 'CH', city: 'Zürich' },
  { id: 'rtl_ginza_tokeiten', name: 'Ginza Tokeiten', country: 'JP', city: 'Tokyo' },
  { id: 'rtl_madison_timepieces', name: 'Madison Avenue Timepieces', country: 'US', city: 'New York' },
];

/**
 * The services Maison Aubert performs: it makes watches and some jewellery. Centres offer some
 * of them; a code is what repairs and the piece's history name.
 */
export const demoServiceTypes: ServiceType[] = [
  ...(['full_service', 'partial_service', 'battery', 'water_resistance_test', 'polishing', 'strap_and_bracelet', 'crystal', 'malfunction_repair', 'restoration'] as const).map(
    (code) => ({ code, category: 'watch' as const }),
  ),
  ...(['cleaning', 'resizing', 'restringing', 'stone_setting'] as const).map((code) => ({ code, category: 'jewellery' as const })),
];

const standardTurnaroundDays = { full_service: 30, partial_service: 14, water_resistance_test: 2, strap_and_bracelet: 5 };
/** At the centres with a jewellery bench (Paris and Tokyo). */
const jewelleryTurnaroundDays = { cleaning: 3, resizing: 10, restringing: 7, stone_setting: 21 };

/** The same periods on each of `days`. */
function openOn(days: Weekday[], periods: [opens: string, closes: string][]): OpeningPeriod[] {
  return days.flatMap((day) => periods.map(([opens, closes]) => ({ day, opens, closes })));
}

export const demoServiceCentres: ServiceCentreSpec[] = [
  {
    id: 'svc_paris',
    name: 'Atelier de Service Paris',
    country: 'FR',
    city: 'Paris',
    address: '12 rue de la Paix, 75002 Paris',
    turnaroundDaysByService: { ...standardTurnaroundDays, ...jewelleryTurnaroundDays },
    timeZone: 'Europe/Paris',
    openingHours: openOn(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], [['10:00', '13:00'], ['14:00', '19:00']]),
    mailInInstructions: 'Send the piece insured, in its box, to Atelier de Service Paris, 12 rue de la Paix, 75002 Paris, with your tracking code on a note inside.',
    latitude: 48.8692,
    longitude: 2.3314,
    dropOff: { startTimes: ['10:30', '11:30', '14:30', '16:00', '17:30'], slotMinutes: 30, capacity: 3 },
  },
  {
    id: 'svc_geneve',
    name: 'Manufacture Aubert — Service',
    country: 'CH',
    city: 'Genève',
    address: 'Route des Acacias 41, 1227 Genève',
    turnaroundDaysByService: { ...standardTurnaroundDays, restoration: 120 },
    timeZone: 'Europe/Zurich',
    openingHours: openOn(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], [['09:00', '12:00'], ['13:30', '17:30']]),
    mailInInstructions: 'Send the piece insured, with a customs declaration from outside Switzerland, to Manufacture Aubert — Service, Route des Acacias 41, 1227 Genève, with your tracking code.',
    latitude: 46.1926,
    longitude: 6.1349,
    dropOff: { startTimes: ['09:30', '11:00', '14:00', '16:00'], slotMinutes: 45, capacity: 2 },
  },
  {
    id: 'svc_tokyo',
    name: 'Aubert Service Centre Tokyo',
    country: 'JP',
    city: 'Tokyo',
    address: '5-7-2 Ginza, Chuo-ku, Tokyo 104-0061',
    turnaroundDaysByService: { ...standardTurnaroundDays, ...jewelleryTurnaroundDays },
    timeZone: 'Asia/Tokyo',
    openingHours: openOn(['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], [['11:00', '19:00']]),
    mailInInstructions: 'Send the piece insured by Japan Post or Yamato, in its box, to Aubert Service Centre Tokyo, 5-7-2 Ginza, Chuo-ku, Tokyo 104-0061, with your tracking code.',
    latitude: 35.6706,
    longitude: 139.7638,
    dropOff: { startTimes: ['11:30', '13:00', '15:00', '17:00'], slotMinutes: 30, capacity: 3 },
  },
  {
    id: 'svc_new_york',
    name: 'Aubert Service Centre New York',
    country: 'US',
    city: 'New York',
    address: '725 Fifth Avenue, New York, NY 10022',
    turnaroundDaysByService: standardTurnaroundDays,
    timeZone: 'America/New_York',
    openingHours: openOn(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], [['10:00', '18:00']]),
    mailInInstructions: 'Ship the piece insured, signature required, to Aubert Service Centre New York, 725 Fifth Avenue, New York, NY 10022, with your tracking code.',
    latitude: 40.7624,
    longitude: -73.9738,
    dropOff: { startTimes: ['10:30', '12:00', '14:00', '16:00'], slotMinutes: 30, capacity: 4 },
  },
];

/** The demo site's origins, allowed for the demo publishable key unless configured otherwise. */
export const demoSiteOrigins = ['http://localhost:5173', 'http://127.0.0.1:5173'];

/** Who signs in to the demo's console (with an e-mailed link: written as .eml files under DATA_DIR/mail). */
export interface DemoPersonSpec {
  email: string;
  displayName: string;
  role: PersonRole;
  /** For a retailer role: the demo retailer they work for. */
  retailerId?: string;
}

/**
 * Maison Aubert's care rules (issue 16's concierge): its sports and diving collections are checked
 * for water resistance, the warranty depending on it; its jewellery and its Lune d'Or watches are
 * cleaned yearly. The other collections follow the brand's 36-month service interval alone.
 */
export const demoCareRules: readonly { key: CareRuleParams; rule: CareRuleInput }[] = [
  {
    key: { scope: 'collection', key: 'Corniche' },
    rule: {
      waterResistanceCheckIntervalMonths: 24,
      reminderLeadTimeDays: 45,
      warrantyCondition: { careKind: 'water_resistance_check', text: 'A water-resistance check every 2 years keeps the warranty.' },
    },
  },
  {
    key: { scope: 'collection', key: 'Navigatrice' },
    rule: {
      serviceIntervalMonths: 48,
      waterResistanceCheckIntervalMonths: 12,
      reminderLeadTimeDays: 45,
      warrantyCondition: { careKind: 'water_resistance_check', text: 'A water-resistance check every year keeps the warranty of a diving watch.' },
    },
  },
  { key: { scope: 'collection', key: 'Pétale' }, rule: { cleaningIntervalMonths: 12 } },
  // Gold cases and leather straps cleaned yearly, reminded six weeks ahead: with the Navigatrice's
  // checks, what leaves customer care a few drafts in the demo's queue.
  { key: { scope: 'collection', key: "Lune d'Or" }, rule: { cleaningIntervalMonths: 12, reminderLeadTimeDays: 45 } },
];

export const demoConsolePeople: readonly DemoPersonSpec[] = [
  { email: 'admin@maison-aubert.example', displayName: 'Camille Aubert', role: 'admin' },
  { email: 'desk@maison-aubert.example', displayName: 'Louis Perrin', role: 'serviceDesk' },
  { email: 'care@maison-aubert.example', displayName: 'Inès Moreau', role: 'concierge' },
  { email: 'manager@bijouterie-lumiere.example', displayName: 'Sophie Lambert', role: 'manager', retailerId: 'rtl_bijouterie_lumiere' },
  { email: 'manager@horlogerie-du-rhone.example', displayName: 'Marc Favre', role: 'manager', retailerId: 'rtl_horlogerie_du_rhone' },
  { email: 'manager@ginza-tokeiten.example', displayName: 'Yui Nakamura', role: 'manager', retailerId: 'rtl_ginza_tokeiten' },
];
