/** What a locale must say in the warranty-confirmation e-mail. Values are plain text; the template escapes them. */
export interface WarrantyConfirmationStrings {
  subject(values: { brandName: string; modelName: string }): string;
  greeting(values: { name: string }): string;
  intro(values: { brandName: string; modelName: string; serial: string }): string;
  giftNote(values: { giverName: string }): string;
  action: string;
  expiry(values: { expiresAt: string }): string;
  notExpected: string;
  /**
   * What confirming also confirms, when the form asked for e-mails (double opt-in: the consents
   * count from this confirmation). `kinds` is the list of the two below that were asked for.
   */
  consentsNote(values: { brandName: string; kinds: string }): string;
  serviceMessages: string;
  marketingMessages: string;
  signOff(values: { brandName: string }): string;
}
