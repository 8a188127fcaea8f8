/** Testi italiani della console: gli indicatori del marchio (fidelizzazione, soddisfazione, tasso di registrazione). */
import type { InsightFiguresMessages } from '../en/insight-figures.ts';

export const insightFiguresMessages: InsightFiguresMessages = {
  insightFigures: {
    pageTitle: 'Indicatori',
    intro: 'Quanti clienti del marchio ritornano, quanto sono soddisfatti i clienti dell’assistenza, quanti acquirenti confermano la registrazione, quanto valgono i clienti e quanto costa acquisirli. Accanto a ogni grafico c’è una tabella con gli stessi numeri.',
    definitionLabel: 'Come si calcola',
    noData: 'Nessun dato',
    percent: (value) => `${value} %`,
    tableCaption: (figure) => `${figure}: i numeri`,
    share: 'Quota',
    total: 'Totale',
    converted: (currency) => `In ${currency}, convertiti al tasso inserito dal marchio per il mese di ogni importo.`,
    missingRate: (currency, month) => `${currency} a ${month}`,
    missingRates: (rates, leftOut) =>
      `Nessun tasso inserito per ${rates}: ${leftOut === 1 ? '1 importo è escluso' : `${leftOut} importi sono esclusi`} invece di essere convertiti a caso.`,
    recomputing: (currency, since) =>
      `I valori dei clienti sono in ricalcolo in ${currency} dal cambio della valuta di riferimento (${since}): fino ad allora, i clienti non ancora raggiunti contano ancora nella valuta precedente.`,
    clv: {
      title: 'Valore del cliente nel tempo (CLV) per segmento',
      definition: (months, lifespanYears, from, to) =>
        `CLV = valore medio dell’ordine × ordini per cliente all’anno × durata della relazione (${lifespanYears} anni, un’ipotesi). Ordini: gli acquisti pagati dai clienti del segmento e le riparazioni loro addebitate dal ${from} al ${to} (${months} mesi). Il valore medio conta gli ordini con un importo noto; la frequenza li conta tutti.`,
      chart: (currency) => `Grafico a barre: CLV per segmento, in ${currency}. Gli stessi numeri sono nella tabella accanto.`,
      segment: 'Segmento',
      clients: 'Clienti',
      orders: 'Ordini (con importo)',
      ordersValued: (orders, valued) => `${orders} (${valued})`,
      averageOrderValue: 'Valore medio dell’ordine',
      ordersPerClientPerYear: 'Ordini per cliente all’anno',
      clv: 'CLV',
    },
    cac: {
      title: 'Costo di acquisizione cliente (CAC) per canale',
      definition: (months, from, to) =>
        `CAC = quanto il marchio ha speso su un canale da ${from} a ${to} (${months} mesi, come inserito) ÷ i clienti il cui primo acquisto cade in quei mesi. Con i rivenditori: il primo acquisto è una vendita registrata da un rivenditore; dal marchio: ogni altro (la registrazione dell’acquirente stesso, un pezzo ricevuto di seconda mano).`,
      chart: (currency) => `Grafico a barre: CAC per canale, in ${currency}. Gli stessi numeri sono nella tabella accanto.`,
      channel: 'Canale',
      spend: 'Spesa',
      newClients: 'Nuovi clienti',
      cac: 'CAC',
      channels: { brand_led: 'Dal marchio', retailer_assisted: 'Con i rivenditori' },
    },
    retention: {
      title: 'Fidelizzazione per anno del primo acquisto',
      definition: (months, since) =>
        `I clienti raggruppati per anno del primo acquisto. Fidelizzato: ha acquistato un pezzo o ne ha fatto revisionare uno negli ultimi ${months} mesi (dal ${since}), in un giorno successivo al primo acquisto. Fidelizzazione = clienti fidelizzati ÷ clienti della coorte.`,
      chart: 'Grafico a barre: la quota fidelizzata di ogni coorte per anno del primo acquisto. Gli stessi numeri sono nella tabella accanto.',
      cohort: 'Primo acquisto nel',
      clients: 'Clienti',
      retained: 'Fidelizzati',
      empty: 'Ancora nessun cliente.',
    },
    csat: {
      title: 'Soddisfazione (CSAT)',
      definition: (minScore, from, to) =>
        `La quota delle valutazioni date dai proprietari alle loro riparazioni pari a ${minScore} o 5 su 5, tra le valutazioni date dal ${from} al ${to}. Per centro di assistenza e per rivenditore presso cui il pezzo è stato lasciato (una riparazione prenotata online o spedita per posta conta solo per il suo centro).`,
      centresTitle: 'Per centro di assistenza',
      centresChart: 'Grafico a barre: CSAT per centro di assistenza. Gli stessi numeri sono nella tabella accanto.',
      retailersTitle: 'Per rivenditore',
      retailersChart: 'Grafico a barre: CSAT per rivenditore presso cui il pezzo è stato lasciato. Gli stessi numeri sono nella tabella accanto.',
      centre: 'Centro di assistenza',
      retailer: 'Rivenditore',
      ratings: 'Valutazioni',
      satisfied: (minScore) => `Valutate da ${minScore} a 5`,
      empty: 'Nessuna valutazione in questo periodo.',
    },
    registration: {
      title: 'Tasso di registrazione per rivenditore',
      definition: (days, from, to) =>
        `Delle vendite registrate da un rivenditore con data di acquisto dal ${from} al ${to} (non annullate), la quota che l’acquirente ha confermato entro ${days} giorni dall’acquisto. Il periodo termina ${days} giorni fa, così ogni vendita ha avuto i suoi ${days} giorni.`,
      chart: 'Grafico a barre: tasso di registrazione per rivenditore. Gli stessi numeri sono nella tabella accanto.',
      retailer: 'Rivenditore',
      sales: 'Vendite',
      registered: 'Confermate in tempo',
      empty: 'Nessuna vendita registrata da un rivenditore in questo periodo.',
    },
  },
};
