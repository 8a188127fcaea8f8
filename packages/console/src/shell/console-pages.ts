/**
 * The console's pages in navigation order. Each page's access is that of the operation it is
 * built on, read from the contract: a role the API refuses never sees the link.
 */
import { countSegment, getAcquisitionCost, getCohortRetention, getBrandSettings, getClient, listCareReminders, listInvitations, listClientNotes, listSegmentMembers, listApiKeys, putCareRule, listAuditLog, listMySessions, listPeople, listRetailerNotes, listRetailers, getRetailerBenchmarks, listStock, listStockAlerts, recognisePiece, recordDelivery, setExchangeRates, updateBrandSettings } from '@atelier/client/contract';
import { html, nothing } from 'lit';
import '../account/account-page.ts';
import '../account/my-passkeys.ts';
import '../api-keys/api-keys-page.ts';
import '../audit/audit-page.ts';
import '../people/people-page.ts';
import '../retailers/retailers-page.ts';
import '../benchmarks/benchmarks-page.ts';
import '../brand/brand-settings-page.ts';
import '../brand/money-settings.ts';
import '../stock/stock-page.ts';
import '../sales/sales-page.ts';
import { counterSaleAccess, registerSubPath, salesPageAccess, salesSegment } from '../sales/sales-page.ts';
import '../desk/notes-page.ts';
import '../desk/brand-notes.ts';
import '../desk/recognition-page.ts';
import '../repairs/service-page.ts';
import { counterServiceAccess, serviceSegment } from '../repairs/service-page.ts';
import { retailersSegment } from '../retailers/retailers-page.ts';
import '../clients/client-page.ts';
import { clientsSegment } from '../clients/client-page.ts';
import '../segments/segments-page.ts';
import { segmentsSegment } from '../segments/segments-page.ts';
import '../insight-figures/insight-figures-page.ts';
import { insightFiguresSegment } from '../insight-figures/insight-figures-page.ts';
import '../care/care-page.ts';
import { careSegment } from '../care/care-page.ts';
import '../from-the-brand/from-the-brand-page.ts';
import { fromTheBrandSegment } from '../from-the-brand/from-the-brand-page.ts';
import type { ConsoleClients } from './console-clients.ts';
import { accessOfAll, mayOpen } from './pages.ts';
import type { ConsolePage } from './pages.ts';

export function consolePages(clients: ConsoleClients): ConsolePage[] {
  return [
    {
      segment: 'account',
      title: (messages) => messages.pages.account,
      access: listMySessions.access,
      render: ({ messages, locale }) =>
        html`<console-account .sessions=${clients.mySessions} .messages=${messages} .locale=${locale}>
          <console-my-passkeys slot="passkeys" .client=${clients.myPasskeys} .messages=${messages} .locale=${locale}></console-my-passkeys>
        </console-account>`,
    },
    {
      segment: 'people',
      title: (messages) => messages.pages.people,
      access: listPeople.access,
      render: ({ messages, locale, person }) =>
        html`<console-people
          .client=${clients.people}
          .retailersClient=${mayOpen({ access: listRetailers.access }, person) ? clients.retailers : undefined}
          .messages=${messages}
          .locale=${locale}
          .viewer=${person}
        ></console-people>`,
    },
    {
      segment: retailersSegment,
      title: (messages) => messages.pages.retailers,
      // Their people are the page's other half: whoever may list both.
      access: accessOfAll(listRetailers.access, listPeople.access),
      render: ({ messages, locale, person, subPath }) =>
        html`<console-retailers
          .retailersClient=${clients.retailers}
          .peopleClient=${clients.people}
          .messages=${messages}
          .locale=${locale}
          .viewer=${person}
          .retailerId=${subPath[0]}
        ></console-retailers>`,
    },
    {
      segment: 'stock',
      title: (messages) => messages.pages.stock,
      access: listStock.access,
      render: ({ messages, locale, person }) =>
        html`<console-stock
          .client=${clients.stock}
          .retailersClient=${mayOpen({ access: listRetailers.access }, person) ? clients.retailers : undefined}
          .showAlerts=${mayOpen({ access: listStockAlerts.access }, person)}
          .registerSales=${mayOpen({ access: counterSaleAccess }, person)}
          .movementsClient=${mayOpen({ access: recordDelivery.access }, person) ? clients.stockMovements : undefined}
          .messages=${messages}
          .locale=${locale}
        ></console-stock>`,
    },
    {
      segment: salesSegment,
      title: (messages) => messages.pages.sales,
      access: salesPageAccess,
      render: ({ messages, locale, person, subPath }) =>
        html`<console-sales
          .client=${clients.sales}
          retailerId=${person.retailerId ?? ''}
          serial=${subPath[0] === registerSubPath ? (subPath[1] ?? '') : ''}
          .messages=${messages}
          .locale=${locale}
        ></console-sales>`,
    },
    {
      segment: 'benchmarks',
      title: (messages) => messages.pages.benchmarks,
      access: getRetailerBenchmarks.access,
      render: ({ messages, locale, person }) =>
        html`<console-benchmarks
          .client=${clients.benchmarks}
          .retailersClient=${person.retailerId === null ? clients.retailers : undefined}
          .messages=${messages}
          .locale=${locale}
        ></console-benchmarks>`,
    },
    {
      segment: 'recognise',
      title: (messages) => messages.pages.recognise,
      access: recognisePiece.access,
      render: ({ messages, locale }) => html`<console-recognition .client=${clients.recognition} .messages=${messages} .locale=${locale}></console-recognition>`,
    },
    {
      segment: serviceSegment,
      title: (messages) => messages.pages.service,
      access: counterServiceAccess,
      render: ({ messages, locale, person }) =>
        html`<console-service .client=${clients.repairs} retailerId=${person.retailerId ?? ''} .messages=${messages} .locale=${locale}></console-service>`,
    },
    {
      segment: 'notes',
      title: (messages) => messages.pages.notes,
      access: listRetailerNotes.access,
      render: ({ messages, locale, person }) =>
        html`<console-notes .client=${clients.notes} .messages=${messages} .locale=${locale}></console-notes>
          ${mayOpen({ access: listClientNotes.access }, person)
            ? html`<console-brand-notes .client=${clients.brandNotes} .messages=${messages} .locale=${locale}></console-brand-notes>`
            : nothing}`,
    },
    {
      segment: clientsSegment,
      title: (messages) => messages.pages.clients,
      access: getClient.access,
      render: ({ messages, locale, subPath }) =>
        html`<console-client .client=${clients.clients} client-id=${subPath[0] ?? ''} .messages=${messages} .locale=${locale}></console-client>`,
    },
    {
      segment: segmentsSegment,
      title: (messages) => messages.pages.segments,
      access: countSegment.access,
      render: ({ messages, locale, person, search }) =>
        html`<console-segments
          .client=${clients.segments}
          .search=${search}
          ?can-list-members=${mayOpen({ access: listSegmentMembers.access }, person)}
          .messages=${messages}
          .locale=${locale}
        ></console-segments>`,
    },
    {
      segment: insightFiguresSegment,
      title: (messages) => messages.insightFigures.pageTitle,
      // The page's three figures share one access (contract insight-figures.ts).
      access: getCohortRetention.access,
      render: ({ messages, locale, person }) =>
        html`<console-insight-figures
          .client=${clients.insightFigures}
          ?show-acquisition-cost=${mayOpen({ access: getAcquisitionCost.access }, person)}
          .messages=${messages}
          .locale=${locale}
        ></console-insight-figures>`,
    },
    {
      segment: careSegment,
      title: (messages) => messages.pages.care,
      access: listCareReminders.access,
      render: ({ messages, locale, person }) =>
        html`<console-care
          .remindersClient=${clients.careReminders}
          .rulesClient=${mayOpen({ access: putCareRule.access }, person) ? clients.careRules : undefined}
          .messages=${messages}
          .locale=${locale}
        ></console-care>`,
    },
    {
      segment: fromTheBrandSegment,
      title: (messages) => messages.fromTheBrand.pageTitle,
      access: listInvitations.access,
      render: ({ messages, locale }) => html`<console-from-the-brand .client=${clients.fromTheBrand} .messages=${messages} .locale=${locale}></console-from-the-brand>`,
    },
    {
      segment: 'api-keys',
      title: (messages) => messages.pages.apiKeys,
      access: listApiKeys.access,
      render: ({ messages, locale }) =>
        html`<console-api-keys .client=${clients.apiKeys} .retailersClient=${clients.retailers} .messages=${messages} .locale=${locale}></console-api-keys>`,
    },
    {
      segment: 'settings',
      title: (messages) => messages.pages.brandSettings,
      access: getBrandSettings.access,
      render: ({ messages, locale, person }) =>
        html`<console-brand-settings
            .client=${clients.brandSettings}
            ?can-change=${mayOpen({ access: updateBrandSettings.access }, person)}
            .messages=${messages}
            .locale=${locale}
          ></console-brand-settings>
          ${mayOpen({ access: setExchangeRates.access }, person)
            ? html`<console-money-settings .client=${clients.moneySettings} .messages=${messages} .locale=${locale}></console-money-settings>`
            : nothing}`,
    },
    {
      segment: 'audit',
      title: (messages) => messages.pages.audit,
      access: listAuditLog.access,
      render: ({ messages, locale }) => html`<console-audit .client=${clients.audit} .messages=${messages} .locale=${locale}></console-audit>`,
    },
  ];
}
