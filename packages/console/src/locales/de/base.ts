/** German strings of the console: what every page shares: common words, the shell, page names, roles (shape: ../en/base.ts). */
import type { BaseMessages } from '../en/base.ts';

export const baseMessages: BaseMessages = {
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    cancel: 'Abbrechen',
    close: 'Schließen',
    save: 'Speichern',
    never: 'Nie',
    none: '—',
    required: '(Pflichtfeld)',
    optional: '(optional)',
    loadMore: 'Weitere laden',
    dateTime: (iso, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Atelier-Konsole',
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptnavigation',
    language: 'Sprache',
    signedInAs: (name) => `Angemeldet als ${name}`,
    signOut: 'Abmelden',
    signingOut: 'Abmeldung…',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundBody: 'Diese Seite gibt es in der Konsole nicht.',
    notAllowedTitle: 'Für Ihre Rolle nicht verfügbar',
    notAllowedBody: 'Ihre Rolle gibt keinen Zugriff auf diese Seite. Wenden Sie sich bei Bedarf an einen Administrator der Marke.',
    goHome: 'Zur ersten Seite',
    pageTitle: (page) => `${page} · Atelier-Konsole`,
  },

  pages: {
    account: 'Mein Konto',
    people: 'Personen',
    retailers: 'Händler',
    apiKeys: 'API-Schlüssel',
    audit: 'Prüfprotokoll',
    recognise: 'Stück nachschlagen',
    notes: 'Hinweise',
    stock: 'Bestand',
    sales: 'Verkäufe',
    signIn: 'Anmelden',
    benchmarks: 'Kennzahlen',
    brandSettings: 'Markeneinstellungen',
    service: 'Service',
    clients: 'Kunden',
    segments: 'Segmente',
    care: 'Pflege',
  },

  roles: {
    admin: 'Administrator der Marke',
    serviceDesk: 'Kundendienst',
    concierge: 'Concierge',
    analyst: 'Analyst',
    manager: 'Filialleitung (Händler)',
    associate: 'Verkauf (Händler)',
  },
};
