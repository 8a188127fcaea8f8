// Widget tests run in the system's Chromium (never a downloaded browser), TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * `virtual-authenticator`: a WebAuthn authenticator in the test's page through the Chrome DevTools
 * Protocol (a platform authenticator with discoverable credentials and user verification that
 * answers at once), so the owner portal's passkey prompts run for real in Chromium.
 * `{ remove: true }` takes it away again.
 */
const virtualAuthenticators = new Map();
const virtualAuthenticatorPlugin = {
  name: 'virtual-authenticator',
  async executeCommand({ command, payload, session }) {
    if (command !== 'virtual-authenticator') return undefined;
    const known = virtualAuthenticators.get(session.id);
    if (payload?.remove) {
      if (known) await known.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: known.authenticatorId });
      virtualAuthenticators.delete(session.id);
      return true;
    }
    const page = session.browser.getPage(session.id);
    const cdp = known?.cdp ?? (await page.context().newCDPSession(page));
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    virtualAuthenticators.set(session.id, { cdp, authenticatorId });
    return true;
  },
};

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development', '@atelier/source'] },
  plugins: [virtualAuthenticatorPlugin, esbuildPlugin({ ts: true, target: 'es2023', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
