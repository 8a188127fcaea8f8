/** Italian strings of the console: what every page shares: common words, the shell, page names, roles (shape: ../en/base.ts). */
import type { BaseMessages } from '../en/base.ts';

export const baseMessages: BaseMessages = {
  common: {
    loading: 'Caricamento…',
    retry: 'Riprova',
    cancel: 'Annulla',
    close: 'Chiudi',
    save: 'Salva',
    never: 'Mai',
    none: '—',
    required: '(obbligatorio)',
    optional: '(facoltativo)',
    loadMore: 'Carica altri',
    dateTime: (iso, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Console Atelier',
    skipToContent: 'Vai al contenuto',
    mainNavigation: 'Navigazione principale',
    language: 'Lingua',
    signedInAs: (name) => `Accesso come ${name}`,
    signOut: 'Esci',
    signingOut: 'Uscita…',
    notFoundTitle: 'Pagina non trovata',
    notFoundBody: 'Questa pagina non esiste nella console.',
    notAllowedTitle: 'Non disponibile per il tuo ruolo',
    notAllowedBody: 'Il tuo ruolo non dà accesso a questa pagina. Se ti serve, chiedi a un amministratore del marchio.',
    goHome: 'Vai alla prima pagina',
    pageTitle: (page) => `${page} · Console Atelier`,
  },

  pages: {
    account: 'Il mio account',
    people: 'Persone',
    retailers: 'Rivenditori',
    apiKeys: 'Chiavi API',
    audit: 'Registro di audit',
    recognise: 'Cerca un pezzo',
    notes: 'Note',
    stock: 'Stock',
    sales: 'Vendite',
    signIn: 'Accedi',
    benchmarks: 'Indicatori',
    brandSettings: 'Impostazioni del marchio',
    service: 'Assistenza',
    clients: 'Clienti',
    segments: 'Segmenti',
    care: 'Manutenzione',
  },

  roles: {
    admin: 'Amministratore del marchio',
    serviceDesk: 'Assistenza clienti',
    concierge: 'Concierge',
    analyst: 'Analista',
    manager: 'Responsabile rivenditore',
    associate: 'Addetto rivenditore',
  },
};
