/** Deutsche Texte der Konsole: die Kennzahlen der Marke (Kundenbindung, Zufriedenheit, Registrierungsquote). */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: 'Kennzahlen',
    intro: 'Wie viele Kundinnen und Kunden der Marke wiederkommen, wie zufrieden die Servicekunden sind und wie viele Käufer ihre Registrierung bestätigen. Neben jedem Diagramm steht eine Tabelle mit denselben Zahlen.',
    definitionLabel: 'So wird gezählt',
    noData: 'Keine Daten',
    percent: (value) => `${value} %`,
    tableCaption: (figure) => `${figure}: die Zahlen`,
    share: 'Anteil',
    total: 'Alle',
    retention: {
      title: 'Kundenbindung nach Jahr des Erstkaufs',
      definition: (months, since) =>
        `Die Kunden, gruppiert nach dem Jahr ihres ersten Kaufs. Gebunden: hat in den letzten ${months} Monaten (seit ${since}) ein Stück gekauft oder eines warten lassen, an einem Tag nach dem ersten Kauf. Kundenbindung = gebundene Kunden ÷ Kunden der Kohorte.`,
      chart: 'Balkendiagramm: der gebundene Anteil jeder Kohorte nach Jahr des Erstkaufs. Dieselben Zahlen stehen in der Tabelle daneben.',
      cohort: 'Erstkauf im Jahr',
      clients: 'Kunden',
      retained: 'Gebunden',
      empty: 'Noch keine Kunden.',
    },
    csat: {
      title: 'Zufriedenheit (CSAT)',
      definition: (minScore, from, to) =>
        `Der Anteil der Bewertungen, die Eigentümer ihren Reparaturen geben, mit ${minScore} oder 5 von 5, unter den Bewertungen vom ${from} bis ${to}. Je Servicecenter und je Händler, bei dem das Stück abgegeben wurde (eine online gebuchte oder eingeschickte Reparatur zählt nur für ihr Center).`,
      centresTitle: 'Je Servicecenter',
      centresChart: 'Balkendiagramm: CSAT je Servicecenter. Dieselben Zahlen stehen in der Tabelle daneben.',
      retailersTitle: 'Je Händler',
      retailersChart: 'Balkendiagramm: CSAT je Händler, bei dem das Stück abgegeben wurde. Dieselben Zahlen stehen in der Tabelle daneben.',
      centre: 'Servicecenter',
      retailer: 'Händler',
      ratings: 'Bewertungen',
      satisfied: (minScore) => `Mit ${minScore} bis 5 bewertet`,
      empty: 'Keine Bewertung in diesem Zeitraum.',
    },
    registration: {
      title: 'Registrierungsquote je Händler',
      definition: (days, from, to) =>
        `Von den Verkäufen, die ein Händler mit einem Kaufdatum vom ${from} bis ${to} erfasst hat (nicht storniert), der Anteil, den der Käufer innerhalb von ${days} Tagen nach dem Kauf bestätigt hat. Der Zeitraum endet vor ${days} Tagen, damit jeder Verkauf seine ${days} Tage hatte.`,
      chart: 'Balkendiagramm: Registrierungsquote je Händler. Dieselben Zahlen stehen in der Tabelle daneben.',
      retailer: 'Händler',
      sales: 'Verkäufe',
      registered: 'Rechtzeitig bestätigt',
      empty: 'In diesem Zeitraum hat kein Händler einen Verkauf erfasst.',
    },
  },
};
