/** What a locale must say in the warranty-confirmation e-mail. Values are plain text; the template escapes them. */
export interface WarrantyConfirmationStrings {
  subject(values: { brandName: string; modelName: string }): string;
  greeting(values: { name: string }): string;
  intro(values: { brandName: string; modelName: string; serial: string }): string;
  giftNote(values: { giverName: string }): string;
  action: string;
  expiry(values: { expiresAt: string }): string;
  notExpected: string;
  signOff(values: { brandName: string }): string;
}
