/** Chaînes françaises de la console : les chiffres de la marque (fidélisation, satisfaction, taux d’enregistrement). */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: 'Chiffres',
    intro: 'Combien de clients de la marque reviennent, la satisfaction des clients du service après-vente la part des acheteurs qui confirment leur enregistrement, ce que valent les clients et ce que coûte leur acquisition. Chaque graphique a, à côté, un tableau des mêmes chiffres.',
    definitionLabel: 'Mode de calcul',
    noData: 'Pas de données',
    percent: (value) => `${value} %`,
    tableCaption: (figure) => `${figure} : les chiffres`,
    share: 'Part',
    total: 'Ensemble',
    converted: (currency) => `En ${currency}, convertis au taux saisi par la marque pour le mois de chaque montant.`,
    missingRate: (currency, month) => `${currency} en ${month}`,
    missingRates: (rates, leftOut) =>
      `Aucun taux saisi pour ${rates} : ${leftOut === 1 ? '1 montant est laissé' : `${leftOut} montants sont laissés`} de côté plutôt que convertis au jugé.`,
    recomputing: (currency, since) =>
      `Les valeurs des clients sont en cours de recalcul en ${currency} depuis le changement de devise de reporting (${since}) : d’ici là, les clients pas encore atteints comptent encore dans l’ancienne devise.`,
    clv: {
      title: 'Valeur vie client (CLV) par segment',
      definition: (months, lifespanYears, from, to) =>
        `CLV = panier moyen × commandes par client et par an × durée de la relation (${lifespanYears} ans, une hypothèse). Commandes : les achats payés par les clients du segment et les réparations qui leur ont été facturées du ${from} au ${to} (${months} mois). Le panier moyen compte les commandes dont le montant est connu ; la fréquence les compte toutes.`,
      chart: (currency) => `Graphique à barres : CLV par segment, en ${currency}. Les mêmes chiffres sont dans le tableau à côté.`,
      segment: 'Segment',
      clients: 'Clients',
      orders: 'Commandes (avec montant)',
      ordersValued: (orders, valued) => `${orders} (${valued})`,
      averageOrderValue: 'Panier moyen',
      ordersPerClientPerYear: 'Commandes par client et par an',
      clv: 'CLV',
    },
    cac: {
      title: 'Coût d’acquisition client (CAC) par canal',
      definition: (months, from, to) =>
        `CAC = ce que la marque a dépensé sur un canal de ${from} à ${to} (${months} mois, tel que saisi) ÷ les clients dont le premier achat tombe dans ces mois. Avec les détaillants : leur premier achat est une vente enregistrée par un détaillant ; par la marque : tout autre (l’enregistrement par l’acheteur lui-même, une pièce reçue d’occasion).`,
      chart: (currency) => `Graphique à barres : CAC par canal, en ${currency}. Les mêmes chiffres sont dans le tableau à côté.`,
      channel: 'Canal',
      spend: 'Dépense',
      newClients: 'Nouveaux clients',
      cac: 'CAC',
      channels: { brand_led: 'Par la marque', retailer_assisted: 'Avec les détaillants' },
    },
    retention: {
      title: 'Fidélisation par année du premier achat',
      definition: (months, since) =>
        `Les clients regroupés par l’année de leur premier achat. Fidélisé : a acheté une pièce ou en a fait réviser une dans les ${months} derniers mois (depuis le ${since}), un autre jour que celui de son premier achat. Fidélisation = clients fidélisés ÷ clients de la cohorte.`,
      chart: 'Graphique à barres : la part de chaque cohorte d’année de premier achat qui est fidélisée. Les mêmes chiffres sont dans le tableau à côté.',
      cohort: 'Premier achat en',
      clients: 'Clients',
      retained: 'Fidélisés',
      empty: 'Aucun client pour l’instant.',
    },
    csat: {
      title: 'Satisfaction (CSAT)',
      definition: (minScore, from, to) =>
        `La part des notes données par les propriétaires à leurs réparations qui valent ${minScore} ou 5 sur 5, parmi les notes données du ${from} au ${to}. Par centre de service, et par détaillant chez qui la pièce a été déposée (une réparation réservée en ligne ou envoyée par la poste ne compte que pour son centre).`,
      centresTitle: 'Par centre de service',
      centresChart: 'Graphique à barres : CSAT par centre de service. Les mêmes chiffres sont dans le tableau à côté.',
      retailersTitle: 'Par détaillant',
      retailersChart: 'Graphique à barres : CSAT par détaillant chez qui la pièce a été déposée. Les mêmes chiffres sont dans le tableau à côté.',
      centre: 'Centre de service',
      retailer: 'Détaillant',
      ratings: 'Notes',
      satisfied: (minScore) => `Notées de ${minScore} à 5`,
      empty: 'Aucune note sur cette période.',
    },
    registration: {
      title: 'Taux d’enregistrement par détaillant',
      definition: (days, from, to) =>
        `Parmi les ventes enregistrées par un détaillant avec une date d’achat du ${from} au ${to} (non annulées), la part que l’acheteur a confirmée dans les ${days} jours suivant l’achat. La période s’arrête il y a ${days} jours : chaque vente a eu ses ${days} jours.`,
      chart: 'Graphique à barres : taux d’enregistrement par détaillant. Les mêmes chiffres sont dans le tableau à côté.',
      retailer: 'Détaillant',
      sales: 'Ventes',
      registered: 'Confirmées à temps',
      empty: 'Aucune vente enregistrée par un détaillant sur cette période.',
    },
  },
};
