/** Configuration from the environment: defaults, and errors that name the variable without echoing secrets. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, defaultPort, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs with no configuration at all: SQLite under ./data, mail to files', () => {
    const config = loadConfig({});
    assert.equal(config.port, defaultPort);
    assert.equal(config.dataDir, './data');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.smtpUrl, undefined);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db:5432/atelier',
      DATA_DIR: '/var/lib/atelier',
      SMTP_URL: 'smtps://u:p@smtp.example.com:465',
      PUBLIC_URL: 'https://www.maison-aubert.example/',
      MAIL_FROM: 'Maison Aubert <no-reply@maison-aubert.example>',
      TRUST_PROXY: '1',
      DEMO_SITE_ORIGINS: 'https://a.example, https://b.example',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.publicUrl, 'https://www.maison-aubert.example');
    assert.equal(config.trustProxy, 1);
    assert.deepEqual(config.demoSiteOrigins, ['https://a.example', 'https://b.example']);
  });

  for (const [name, value, message] of [
    ['PORT', '99999', /PORT must be between/],
    ['TRUST_PROXY', 'yes', /TRUST_PROXY must be the number of proxies/],
    ['DATABASE_URL', 'mysql://root:hunter2@db/atelier', /DATABASE_URL must be a URL starting with postgres:/],
    ['SMTP_URL', 'not a url with hunter2', /SMTP_URL must be a URL/],
    ['PUBLIC_URL', 'www.example.com', /PUBLIC_URL must be a URL/],
    ['DEMO_SITE_ORIGINS', 'https://a.example/shop', /DEMO_SITE_ORIGINS: .* has a path/],
  ] as const) {
    it(`refuses a wrong ${name}, naming it`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: Error) => error instanceof ConfigError && message.test(error.message) && !error.message.includes('hunter2'),
      );
    });
  }
});
