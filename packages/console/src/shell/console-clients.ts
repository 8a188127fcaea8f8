/**
 * The console's clients, one per capability folder, each built there from the contract's
 * operations over one session transport (`createSessionTransport` of @atelier/client: same
 * origin, the session cookie, no key): the same validation, idempotency keys, retries and errors
 * as every other client of the API, and no request code of the console's own.
 */
import { createSessionTransport } from '@atelier/client';
import type { Sender } from '@atelier/client';
import type { Locale } from '@atelier/client/contract';
import { createMyPasskeysClient } from '../account/my-passkeys-client.ts';
import type { MyPasskeysClient } from '../account/my-passkeys-client.ts';
import { createMySessionsClient } from '../account/my-sessions-client.ts';
import type { MySessionsClient } from '../account/my-sessions-client.ts';
import { createApiKeysClient } from '../api-keys/api-keys-client.ts';
import type { ApiKeysClient } from '../api-keys/api-keys-client.ts';
import { createAuditClient } from '../audit/audit-client.ts';
import type { AuditClient } from '../audit/audit-client.ts';
import { createPeopleClient, createRetailersClient } from '../people/people-client.ts';
import type { PeopleClient, RetailersClient } from '../people/people-client.ts';
import { createPasskeySignInClient } from '../sign-in/passkey-sign-in-client.ts';
import { createSignInClient } from '../sign-in/sign-in-client.ts';
import { createSalesClient } from '../sales/sales-client.ts';
import type { SalesClient } from '../sales/sales-client.ts';
import { createBrandSettingsClient } from '../brand/brand-settings-client.ts';
import { createMoneySettingsClient, type MoneySettingsClient } from '../brand/money-settings.ts';
import type { BrandSettingsClient } from '../brand/brand-settings-client.ts';
import { createBenchmarksClient } from '../benchmarks/benchmarks-client.ts';
import { createInsightFiguresClient } from '../insight-figures/insight-figures-client.ts';
import type { InsightFiguresClient } from '../insight-figures/insight-figures-client.ts';
import type { BenchmarksClient } from '../benchmarks/benchmarks-client.ts';
import { createStockClient, createStockMovementsClient } from '../stock/stock-client.ts';
import type { StockClient, StockMovementsClient } from '../stock/stock-client.ts';
import { createNotesClient } from '../desk/notes-client.ts';
import { createBrandNotesClient } from '../desk/brand-notes-client.ts';
import type { BrandNotesClient } from '../desk/brand-notes-client.ts';
import type { NotesClient } from '../desk/notes-client.ts';
import { createRecognitionClient } from '../desk/recognition-client.ts';
import type { RecognitionClient } from '../desk/recognition-client.ts';
import { createRepairsClient } from '../repairs/repairs-client.ts';
import type { RepairsClient } from '../repairs/repairs-client.ts';
import type { SignInClient } from '../sign-in/sign-in-client.ts';
import { createClientsClient } from '../clients/clients-client.ts';
import type { ClientsClient } from '../clients/clients-client.ts';
import { createSegmentsClient } from '../segments/segments-client.ts';
import type { SegmentsClient } from '../segments/segments-client.ts';
import { createCareRemindersClient, createCareRulesClient } from '../care/care-client.ts';
import type { CareRemindersClient, CareRulesClient } from '../care/care-client.ts';
import { createFromTheBrandClient } from '../from-the-brand/from-the-brand-client.ts';
import type { FromTheBrandClient } from '../from-the-brand/from-the-brand-client.ts';
import { createSessionClient } from './session-client.ts';
import type { SessionClient } from './session-client.ts';

export interface ConsoleClients {
  session: SessionClient;
  signIn: SignInClient;
  myPasskeys: MyPasskeysClient;
  mySessions: MySessionsClient;
  people: PeopleClient;
  retailers: RetailersClient;
  apiKeys: ApiKeysClient;
  audit: AuditClient;
  stock: StockClient;
  sales: SalesClient;
  stockMovements: StockMovementsClient;
  benchmarks: BenchmarksClient;
  recognition: RecognitionClient;
  notes: NotesClient;
  brandNotes: BrandNotesClient;
  brandSettings: BrandSettingsClient;
  moneySettings: MoneySettingsClient;
  repairs: RepairsClient;
  clients: ClientsClient;
  segments: SegmentsClient;
  careReminders: CareRemindersClient;
  careRules: CareRulesClient;
  fromTheBrand: FromTheBrandClient;
  insightFigures: InsightFiguresClient;
}

/** `locale()` is the language the console speaks now: sign-in e-mails are written in it. */
export function consoleClients(locale: () => Locale, { call }: Sender = createSessionTransport()): ConsoleClients {
  return {
    session: createSessionClient(call),
    signIn: createSignInClient(call, locale, createPasskeySignInClient(call)),
    myPasskeys: createMyPasskeysClient(call),
    mySessions: createMySessionsClient(call),
    people: createPeopleClient(call),
    retailers: createRetailersClient(call),
    apiKeys: createApiKeysClient(call),
    audit: createAuditClient(call),
    stock: createStockClient(call),
    sales: createSalesClient(call),
    stockMovements: createStockMovementsClient(call),
    benchmarks: createBenchmarksClient(call),
    recognition: createRecognitionClient(call),
    notes: createNotesClient(call),
    brandNotes: createBrandNotesClient(call),
    brandSettings: createBrandSettingsClient(call),
    moneySettings: createMoneySettingsClient(call),
    repairs: createRepairsClient(call),
    clients: createClientsClient(call),
    segments: createSegmentsClient(call),
    careReminders: createCareRemindersClient(call),
    careRules: createCareRulesClient(call),
    fromTheBrand: createFromTheBrandClient(call),
    insightFigures: createInsightFiguresClient(call),
  };
}
