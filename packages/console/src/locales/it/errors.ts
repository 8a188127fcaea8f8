/** Italian strings of the console: errors: problems, field errors and per-operation refusals (shape: ../en/errors.ts). */
import type { ErrorMessages } from '../en/errors.ts';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages: ErrorMessages = {
  errors: {
    offline: 'Impossibile raggiungere il server: controlla la connessione. Quello che hai scritto è conservato: riprova quando sei connesso.',
    timeout: 'Il server ha impiegato troppo tempo a rispondere. Quello che hai scritto è conservato: riprova.',
    unexpected: 'Si è verificato un errore da parte nostra. Quello che hai scritto è conservato: riprova tra un momento.',
    withRequestId: (message, requestId) => `${message} (Riferimento: ${requestId})`,
    signedOut: 'La tua sessione è terminata. Accedi di nuovo.',
    forbidden: 'Il tuo ruolo non lo consente.',
    notFound: 'Non trovato: potrebbe essere stato rimosso nel frattempo.',
    conflict: 'Nel frattempo è cambiato qualcosa. Ricarica la pagina e riprova.',
    rateLimited: (seconds) =>
      seconds === undefined ? 'Troppi tentativi. Attendi un momento e riprova.' : `Troppi tentativi. Riprova tra ${waitDuration(seconds, 'it')}.`,
    invalidForm: 'Alcuni campi richiedono attenzione.',
    byCode: {
      origin_not_allowed: 'Questa richiesta non proviene dall’indirizzo della console. Apri la console dal suo indirizzo abituale e riprova.',
      void_window_closed: 'È troppo tardi per annullare qui questa vendita. Chiedi alla maison di correggerla.',
      sale_not_voidable: 'Questa vendita non può più essere annullata: è già stata annullata, o il pezzo ha cambiato proprietario.',
      care_reminder_not_draft: 'Questo promemoria è stato inviato o scartato nel frattempo. Ricarica la pagina per vedere cosa ne è stato.',
    },
  },

  fieldErrors: {
    required: 'Questo campo è obbligatorio.',
    invalid_type: 'Questo valore non è valido.',
    invalid_format: 'Questo valore non è nel formato previsto.',
    invalid_value: 'Questo valore non è valido.',
    too_short: 'Questo valore è troppo corto.',
    too_long: 'Questo valore è troppo lungo.',
    too_small: 'Questo numero è troppo piccolo.',
    too_large: 'Questo numero è troppo grande.',
    unknown_field: 'Questo campo non è previsto.',
  },

  fieldErrorsByField: {
    email: { invalid_format: 'Inserisci un indirizzo e-mail come nome@esempio.it.' },
    recipientEmail: { invalid_format: 'Inserisci un indirizzo e-mail come nome@esempio.it.' },
    serial: {
      unknown_serial: 'Nessun pezzo della maison ha questo numero di serie. Verificalo sulla carta.',
      already_activated: 'La garanzia di questo pezzo è già registrata.',
      item_unavailable: 'Questo pezzo non può essere registrato qui. Contatta la maison.',
    },
    purchaseDate: {
      purchase_date_in_future: 'La data della vendita non può essere nel futuro.',
      purchase_date_before_manufacture: 'Questa data precede la fabbricazione del pezzo.',
    },
    kind: { invalid_value: 'Scrivi delivery o return.' },
    date: { invalid_format: 'Scrivi la data come AAAA-MM-GG, ad es. 2026-11-02.' },
    retainUntil: { invalid_value: 'Scegli un giorno da oggi a dieci anni da oggi.' },
  },

  operationFieldErrors: {
    unknown_retailer: 'Nessun rivenditore della maison ha questo identificativo.',
    unknown_serial: 'Nessun pezzo della maison ha questo numero di serie.',
    item_sold: 'Venduto: non può entrare né uscire dallo stock.',
    item_unavailable: 'Segnalato come rubato, smarrito o distrutto.',
    already_in_stock: 'Già nello stock di questo rivenditore.',
    not_in_stock: 'Non è nello stock di questo rivenditore.',
    out_of_order: 'Datato prima dell’ultimo movimento di questo pezzo: registra i movimenti nell’ordine in cui sono avvenuti.',
    listed_twice: 'Elencato due volte.',
    unreadable_file: 'Questo file non può essere letto come CSV (una virgoletta rimasta aperta?).',
    unknown_column: 'L’intestazione nomina una colonna diversa da kind, serial, retailerId, date e reference, o una due volte.',
    missing_column: 'L’intestazione deve nominare le colonne kind, serial, retailerId e date.',
    no_lines: 'Il file non contiene righe sotto l’intestazione.',
    too_many_lines: 'Il file contiene più di 5.000 righe: dividilo.',
    wrong_field_count: 'Questa riga ha più o meno campi di quanti ne nomini l’intestazione.',
  },
};
