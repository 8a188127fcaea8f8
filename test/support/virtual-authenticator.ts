// A platform passkey authenticator inside Chromium (the DevTools protocol's WebAuthn domain): what
// a laptop's fingerprint reader or a phone would be, with the person always present and verified,
// so passkey ceremonies run end to end without a prompt.
import type { BrowserContext, Page } from 'playwright-core';

/** Adds one authenticator to `page` (CTAP2, internal, resident keys, user verification) and returns its id. */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  await session.send('WebAuthn.enable');
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}
