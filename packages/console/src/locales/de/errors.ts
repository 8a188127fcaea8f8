/** German strings of the console: errors: problems, field errors and per-operation refusals (shape: ../en/errors.ts). */
import type { ErrorMessages } from '../en/errors.ts';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages: ErrorMessages = {
  errors: {
    offline: 'Der Server ist nicht erreichbar: Prüfen Sie Ihre Verbindung. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut, sobald Sie verbunden sind.',
    timeout: 'Der Server hat zu lange nicht geantwortet. Ihre Eingaben bleiben erhalten: Bitte versuchen Sie es erneut.',
    unexpected: 'Bei uns ist ein Fehler aufgetreten. Ihre Eingaben bleiben erhalten: Bitte versuchen Sie es gleich noch einmal.',
    withRequestId: (message, requestId) => `${message} (Referenz: ${requestId})`,
    signedOut: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
    forbidden: 'Ihre Rolle erlaubt dies nicht.',
    notFound: 'Nicht gefunden: Möglicherweise wurde es inzwischen entfernt.',
    conflict: 'Das hat sich inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
    rateLimited: (seconds) =>
      seconds === undefined ? 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.' : `Zu viele Versuche. Bitte versuchen Sie es in ${waitDuration(seconds, 'de')} erneut.`,
    invalidForm: 'Einige Felder brauchen Ihre Aufmerksamkeit.',
    byCode: {
      origin_not_allowed: 'Diese Anfrage kam nicht von der Adresse der Konsole. Öffnen Sie die Konsole über ihre übliche Adresse und versuchen Sie es erneut.',
      void_window_closed: 'Für eine Stornierung hier ist es zu spät. Bitten Sie die Marke um eine Korrektur.',
      sale_not_voidable: 'Dieser Verkauf kann nicht mehr storniert werden: Er wurde bereits storniert, oder das Stück hat seitdem den Besitzer gewechselt.',
      care_reminder_not_draft: 'Diese Erinnerung wurde inzwischen gesendet oder verworfen. Laden Sie die Seite neu, um zu sehen, was aus ihr wurde.',
    },
  },

  fieldErrors: {
    required: 'Dieses Feld ist erforderlich.',
    invalid_type: 'Dieser Wert ist ungültig.',
    invalid_format: 'Dieser Wert hat nicht das erwartete Format.',
    invalid_value: 'Dieser Wert ist ungültig.',
    too_short: 'Dieser Wert ist zu kurz.',
    too_long: 'Dieser Wert ist zu lang.',
    too_small: 'Diese Zahl ist zu klein.',
    too_large: 'Diese Zahl ist zu groß.',
    unknown_field: 'Dieses Feld wird nicht erwartet.',
  },

  fieldErrorsByField: {
    email: { invalid_format: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.' },
    recipientEmail: { invalid_format: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.' },
    serial: {
      unknown_serial: 'Kein Stück der Marke hat diese Seriennummer. Prüfen Sie sie auf der Karte.',
      already_activated: 'Die Garantie dieses Stücks ist bereits registriert.',
      item_unavailable: 'Dieses Stück kann hier nicht registriert werden. Bitte wenden Sie sich an die Marke.',
    },
    purchaseDate: {
      purchase_date_in_future: 'Das Verkaufsdatum darf nicht in der Zukunft liegen.',
      purchase_date_before_manufacture: 'Dieses Datum liegt vor der Herstellung des Stücks.',
    },
    kind: { invalid_value: 'Schreiben Sie delivery oder return.' },
    date: { invalid_format: 'Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2026-11-02.' },
    retainUntil: { invalid_value: 'Wählen Sie einen Tag zwischen heute und in zehn Jahren.' },
  },

  operationFieldErrors: {
    unknown_retailer: 'Kein Händler der Marke hat diese Kennung.',
    unknown_serial: 'Kein Stück der Marke hat diese Seriennummer.',
    item_sold: 'Verkauft: Es kann weder in den Bestand noch aus ihm heraus.',
    item_unavailable: 'Als gestohlen, verloren oder zerstört gemeldet.',
    already_in_stock: 'Bereits im Bestand dieses Händlers.',
    not_in_stock: 'Nicht im Bestand dieses Händlers.',
    out_of_order: 'Datiert vor der letzten Bewegung dieses Stücks: Erfassen Sie Bewegungen in der Reihenfolge, in der sie stattfanden.',
    listed_twice: 'Doppelt aufgeführt.',
    unreadable_file: 'Diese Datei kann nicht als CSV gelesen werden (ein offenes Anführungszeichen?).',
    unknown_column: 'Die Kopfzeile nennt eine andere Spalte als kind, serial, retailerId, date und reference, oder eine doppelt.',
    missing_column: 'Die Kopfzeile muss die Spalten kind, serial, retailerId und date nennen.',
    no_lines: 'Die Datei enthält unter der Kopfzeile keine Zeile.',
    too_many_lines: 'Die Datei enthält mehr als 5.000 Zeilen: Teilen Sie sie auf.',
    wrong_field_count: 'Diese Zeile hat mehr oder weniger Felder, als die Kopfzeile nennt.',
  },
};
