/**
 * A fresh `Idempotency-Key` for a POST. `crypto.randomUUID` exists only in secure contexts, so a
 * brand page served over plain http (a staging site, say) falls back to `getRandomValues`, which
 * every browser and Node 22+ expose everywhere.
 */
const uuidVersion4Nibble = 0x40;
const uuidVariantBits = 0x80;

type RandomSource = { getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>; randomUUID?: () => string };

export function generateIdempotencyKey(webCrypto: RandomSource = globalThis.crypto): string {
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | uuidVersion4Nibble;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | uuidVariantBits;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
