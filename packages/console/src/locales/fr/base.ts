/** French strings of the console: what every page shares: common words, the shell, page names, roles (shape: ../en/base.ts). */
import type { BaseMessages } from '../en/base.ts';

export const baseMessages: BaseMessages = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    never: 'Jamais',
    none: '—',
    required: '(obligatoire)',
    optional: '(facultatif)',
    loadMore: 'Afficher la suite',
    dateTime: (iso, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  },

  shell: {
    appName: 'Console Atelier',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    language: 'Langue',
    signedInAs: (name) => `Connecté·e : ${name}`,
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion…',
    notFoundTitle: 'Page introuvable',
    notFoundBody: 'Cette page n’existe pas dans la console.',
    notAllowedTitle: 'Non disponible pour votre rôle',
    notAllowedBody: 'Votre rôle ne donne pas accès à cette page. Demandez-la à un administrateur de la marque si vous en avez besoin.',
    goHome: 'Aller à la première page',
    pageTitle: (page) => `${page} · Console Atelier`,
  },

  pages: {
    account: 'Mon compte',
    people: 'Personnes',
    retailers: 'Détaillants',
    apiKeys: 'Clés d’API',
    audit: 'Journal d’audit',
    recognise: 'Identifier une pièce',
    notes: 'Notes',
    stock: 'Stock',
    sales: 'Ventes',
    signIn: 'Connexion',
    benchmarks: 'Indicateurs',
    brandSettings: 'Réglages de la marque',
    service: 'Service',
    clients: 'Clients',
    segments: 'Segments',
    care: 'Entretien',
  },

  roles: {
    admin: 'Administrateur de la marque',
    serviceDesk: 'Service après-vente',
    concierge: 'Conciergerie',
    analyst: 'Analyste',
    manager: 'Responsable détaillant',
    associate: 'Vendeur détaillant',
  },
};
