/** English strings of the console: what every page shares: common words, the shell, page names, roles. The reference shape for every locale. */
import type { BrandRole, RetailerRole } from '@atelier/client/contract';

export const baseMessages = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    never: 'Never',
    none: '—',
    required: '(required)',
    optional: '(optional)',
    loadMore: 'Load more',
    dateTime: (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Atelier console',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    language: 'Language',
    signedInAs: (name: string) => `Signed in as ${name}`,
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no such page in the console.',
    notAllowedTitle: 'Not available with your role',
    notAllowedBody: 'Your role does not give access to this page. Ask a brand admin if you need it.',
    goHome: 'Go to the first page',
    pageTitle: (page: string) => `${page} · Atelier console`,
  },

  pages: {
    account: 'My account',
    people: 'People',
    retailers: 'Retailers',
    apiKeys: 'API keys',
    audit: 'Audit log',
    recognise: 'Look up a piece',
    notes: 'Notes',
    stock: 'Stock',
    sales: 'Sales',
    signIn: 'Sign in',
    benchmarks: 'Benchmarks',
    brandSettings: 'Brand settings',
    service: 'Service',
    clients: 'Clients',
    segments: 'Segments',
    care: 'Care',
  },

  roles: {
    admin: 'Brand admin',
    serviceDesk: 'Service desk',
    concierge: 'Concierge',
    analyst: 'Analyst',
    manager: 'Retailer manager',
    associate: 'Retailer associate',
  } satisfies Record<BrandRole | RetailerRole, string>,
};

export type BaseMessages = typeof baseMessages;
