/**
 * The one form an e-mail address is stored and matched in, for everyone the server knows by
 * address: owners (`owners.email_normalized`), repair contacts (`contact_email_normalized`) and
 * staff (`people.email_normalized`), so an address typed at a booking matches the owner's, and a
 * person's sign-in matches their invitation.
 *
 * Trimmed, in Unicode NFC, lower-cased. The part before the `@` is case-sensitive in theory; no
 * mail provider treats it so, and two records differing only by case would be a mistake to catch,
 * not two people. (The contract's `Email` accepts ASCII addresses only today, where NFC changes
 * nothing: addresses stored before NFC was part of this form read the same.)
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
