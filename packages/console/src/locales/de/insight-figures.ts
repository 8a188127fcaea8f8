/** Deutsche Texte der Konsole: die Kennzahlen der Marke (Kundenbindung, Zufriedenheit, Registrierungsquote). */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: 'Kennzahlen',
    intro: 'Wie viele Kundinnen und Kunden der Marke wiederkommen, wie zufrieden die Servicekunden sind, wie viele Käufer ihre Registrierung bestätigen, was Kunden wert sind und was ihre Gewinnung kostet. Neben jedem Diagramm steht eine Tabelle mit denselben Zahlen.',
    definitionLabel: 'So wird gezählt',
    noData: 'Keine Daten',
    percent: (value) => `${value} %`,
    tableCaption: (figure) => `${figure}: die Zahlen`,
    share: 'Anteil',
    total: 'Alle',
    converted: (currency) => `In ${currency}, umgerechnet zum Kurs, den die Marke für den Monat jedes Betrags erfasst hat.`,
    missingRate: (currency, month) => `${currency} im ${month}`,
    missingRates: (rates, leftOut) =>
      `Kein Kurs erfasst für ${rates}: ${leftOut === 1 ? '1 Betrag bleibt' : `${leftOut} Beträge bleiben`} unberücksichtigt, statt geschätzt umgerechnet zu werden.`,
    recomputing: (currency, since) =>
      `Die Kundenwerte werden seit dem Wechsel der Berichtswährung (${since}) in ${currency} neu berechnet: Bis dahin zählen die noch nicht erreichten Kunden in der bisherigen Währung.`,
    clv: {
      title: 'Kundenwert (CLV) je Segment',
      definition: (months, lifespanYears, from, to) =>
        `CLV = durchschnittlicher Bestellwert × Bestellungen je Kunde und Jahr × Beziehungsdauer (${lifespanYears} Jahre, eine Annahme). Bestellungen: die Käufe, die die Kunden des Segments bezahlt haben, und die ihnen berechneten Reparaturen vom ${from} bis ${to} (${months} Monate). Der durchschnittliche Bestellwert zählt die Bestellungen mit bekanntem Betrag, die Häufigkeit alle.`,
      chart: (currency) => `Balkendiagramm: CLV je Segment, in ${currency}. Dieselben Zahlen stehen in der Tabelle daneben.`,
      segment: 'Segment',
      clients: 'Kunden',
      orders: 'Bestellungen (mit Betrag)',
      ordersValued: (orders, valued) => `${orders} (${valued})`,
      averageOrderValue: 'Durchschnittlicher Bestellwert',
      ordersPerClientPerYear: 'Bestellungen je Kunde und Jahr',
      clv: 'CLV',
    },
    cac: {
      title: 'Kundengewinnungskosten (CAC) je Kanal',
      definition: (months, from, to) =>
        `CAC = was die Marke vom ${from} bis ${to} (${months} Monate, wie erfasst) für einen Kanal ausgegeben hat ÷ die Kunden, deren erster Kauf in diese Monate fällt. Über Händler: ihr erster Kauf war ein von einem Händler erfasster Verkauf; durch die Marke: jeder andere (die eigene Registrierung des Käufers, ein gebraucht erhaltenes Stück).`,
      chart: (currency) => `Balkendiagramm: CAC je Kanal, in ${currency}. Dieselben Zahlen stehen in der Tabelle daneben.`,
      channel: 'Kanal',
      spend: 'Ausgaben',
      newClients: 'Neue Kunden',
      cac: 'CAC',
      channels: { brand_led: 'Durch die Marke', retailer_assisted: 'Über Händler' },
    },
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
