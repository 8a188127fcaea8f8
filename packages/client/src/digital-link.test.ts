import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDigitalLink, DigitalLinkError, gs1CheckDigit, normalizeGtin, parseDigitalLink, readDigitalLink } from './digital-link.ts';
import type { DigitalLinkErrorCode, DigitalLinkInput } from './digital-link.ts';

/** The GTIN of GS1's own examples (the fictitious Dal Giardino risotto rice). */
const gs1ExampleGtin = '09506000134352';

function parsed(url: string) {
  const result = parseDigitalLink(url);
  assert.ok(result.ok, `${url} parses: ${result.ok ? '' : result.message}`);
  return result.link;
}

function parseFailure(url: string, code: DigitalLinkErrorCode): void {
  const result = parseDigitalLink(url);
  assert.equal(result.ok, false, `${url} is refused`);
  if (!result.ok) assert.equal(result.code, code, `${url}: ${result.message}`);
}

function buildFailure(input: DigitalLinkInput, code: DigitalLinkErrorCode): void {
  assert.throws(() => buildDigitalLink(input), (error: unknown) => error instanceof DigitalLinkError && error.code === code);
}

describe('GTIN check digit (GS1 mod-10)', () => {
  it('computes the check digit of known GTINs', () => {
    assert.equal(gs1CheckDigit('0950600013435'), 2);
    assert.equal(gs1CheckDigit('4017072'), 5); // GTIN-8 40170725
    assert.equal(gs1CheckDigit('61414112345'), 2); // GTIN-12 614141123452
    assert.equal(gs1CheckDigit('1061414100041'), 5); // GTIN-14 10614141000415
  });

  it('pads GTIN-8, -12 and -13 to 14 digits', () => {
    assert.equal(normalizeGtin('40170725'), '00000040170725');
    assert.equal(normalizeGtin('614141123452'), '00614141123452');
    assert.equal(normalizeGtin('9506000134352'), gs1ExampleGtin);
    assert.equal(normalizeGtin('10614141000415'), '10614141000415');
  });

  it('refuses a wrong check digit, naming the one expected', () => {
    assert.throws(() => normalizeGtin('09506000134353'), (error: unknown) => {
      assert.ok(error instanceof DigitalLinkError);
      assert.equal(error.code, 'invalid_check_digit');
      assert.equal(error.field, 'gtin');
      assert.match(error.message, /should be 2/);
      return true;
    });
  });

  it('refuses lengths that are not a GTIN and anything but digits', () => {
    for (const gtin of ['', '1234567', '123456789', '12345678901', '123456789012345', '0950600013435A', ' 9506000134352', '９５０６０００１３４３５２']) {
      assert.throws(() => normalizeGtin(gtin), (error: unknown) => error instanceof DigitalLinkError && error.code === 'invalid_gtin', JSON.stringify(gtin));
    }
  });
});

describe('parseDigitalLink', () => {
  it('reads the GTIN and serial of a plain link', () => {
    assert.deepEqual(parsed(`https://id.gs1.org/01/${gs1ExampleGtin}/21/ABC123`), {
      gtin: gs1ExampleGtin,
      serial: 'ABC123',
      baseUrl: 'https://id.gs1.org',
    });
  });

  it('normalises GTIN-8, -12 and -13 in the path to 14 digits', () => {
    assert.equal(parsed('https://example.com/01/40170725/21/1').gtin, '00000040170725');
    assert.equal(parsed('https://example.com/01/614141123452/21/1').gtin, '00614141123452');
    assert.equal(parsed('https://example.com/01/9506000134352/21/1').gtin, gs1ExampleGtin);
  });

  it('keeps a path prefix before /01 as part of the base URL', () => {
    const link = parsed(`https://brand.example/watches/check/01/${gs1ExampleGtin}/21/AT-000123`);
    assert.equal(link.baseUrl, 'https://brand.example/watches/check');
    assert.equal(link.serial, 'AT-000123');
  });

  it('tolerates a trailing slash and surrounding whitespace from a paste', () => {
    assert.equal(parsed(`  https://brand.example/01/${gs1ExampleGtin}/21/AT-1/\n`).serial, 'AT-1');
  });

  it('decodes a percent-encoded serial, including / and %', () => {
    assert.equal(parsed(`https://brand.example/01/${gs1ExampleGtin}/21/A%2FB%25C`).serial, 'A/B%C');
    assert.equal(parsed(`https://brand.example/01/${gs1ExampleGtin}/21/x%21%27%28%29%2A%2B%2C%3A%3B%3D`).serial, "x!'()*+,:;=");
  });

  it('keeps the case of the serial, since CSet 82 is case-sensitive', () => {
    assert.equal(parsed(`https://brand.example/01/${gs1ExampleGtin}/21/aBc`).serial, 'aBc');
  });

  it('reads the link type in its compact and full URI forms, either spelling of the parameter', () => {
    const base = `https://brand.example/01/${gs1ExampleGtin}/21/AT-1`;
    assert.equal(parsed(`${base}?linkType=gs1:registerProduct`).linkType, 'gs1:registerProduct');
    assert.equal(parsed(`${base}?linktype=gs1:serviceInfo`).linkType, 'gs1:serviceInfo');
    assert.equal(parsed(`${base}?linkType=${encodeURIComponent('https://gs1.org/voc/serviceInfo')}`).linkType, 'gs1:serviceInfo');
    assert.equal(parsed(`${base}?linkType=all`).linkType, 'all');
    assert.equal(parsed(`${base}?17=290331`).linkType, undefined);
    parseFailure(`${base}?linkType=javascript:alert(1)`, 'invalid_link_type');
  });

  it('skips the lot and variant qualifiers the syntax allows between GTIN and serial', () => {
    const link = parsed(`https://brand.example/01/${gs1ExampleGtin}/22/V1/10/LOT7/21/AT-1`);
    assert.deepEqual([link.gtin, link.serial, link.baseUrl], [gs1ExampleGtin, 'AT-1', 'https://brand.example']);
  });

  it('reads the short AI names of Digital Link 1.0 (gtin, ser) still printed on older labels', () => {
    const link = parsed(`https://brand.example/gtin/${gs1ExampleGtin}/ser/AT-1`);
    assert.deepEqual([link.gtin, link.serial], [gs1ExampleGtin, 'AT-1']);
  });

  it('refuses a wrong check digit in the link', () => {
    parseFailure('https://brand.example/01/09506000134353/21/AT-1', 'invalid_check_digit');
  });

  it('refuses serials outside CSet 82: spaces, #, non-ASCII, and broken encodings', () => {
    for (const segment of ['A%20B', 'A B', 'A%23B', 'caf%C3%A9', 'A%2', 'A%ZZ', 'A~B']) {
      parseFailure(`https://brand.example/01/${gs1ExampleGtin}/21/${segment}`, 'invalid_serial');
    }
  });

  it('accepts a serial of 20 characters and refuses 21', () => {
    assert.equal(parsed(`https://brand.example/01/${gs1ExampleGtin}/21/${'9'.repeat(20)}`).serial.length, 20);
    parseFailure(`https://brand.example/01/${gs1ExampleGtin}/21/${'9'.repeat(21)}`, 'invalid_serial');
  });

  it('names the missing serial when the link is to a product, not a piece', () => {
    parseFailure(`https://id.gs1.org/01/${gs1ExampleGtin}`, 'invalid_serial');
    parseFailure(`https://id.gs1.org/01/${gs1ExampleGtin}/21/`, 'invalid_serial');
  });

  it('says not_a_digital_link for bare serials, other schemes and other pages', () => {
    for (const input of ['AT-000123', '', `ftp://brand.example/01/${gs1ExampleGtin}/21/AT-1`, 'https://brand.example/watches/AT-1', `/01/${gs1ExampleGtin}/21/AT-1`]) {
      parseFailure(input, 'not_a_digital_link');
    }
  });

  it('only reads the serial from the path, as the syntax requires for a key qualifier', () => {
    parseFailure(`https://brand.example/01/${gs1ExampleGtin}?21=AT-1`, 'invalid_serial');
  });

  it('throws the same codes from readDigitalLink', () => {
    assert.throws(() => readDigitalLink('AT-000123'), (error: unknown) => error instanceof DigitalLinkError && error.code === 'not_a_digital_link');
  });
});

describe('buildDigitalLink', () => {
  it("writes the canonical form on GS1's resolver by default", () => {
    assert.equal(buildDigitalLink({ gtin: gs1ExampleGtin, serial: 'ABC123' }), `https://id.gs1.org/01/${gs1ExampleGtin}/21/ABC123`);
  });

  it('always writes 14 digits', () => {
    assert.equal(buildDigitalLink({ gtin: '40170725', serial: '1' }), 'https://id.gs1.org/01/00000040170725/21/1');
  });

  it('puts the link after a base URL path prefix, with or without a trailing slash', () => {
    const expected = `https://brand.example/p/01/${gs1ExampleGtin}/21/AT-1`;
    assert.equal(buildDigitalLink({ gtin: gs1ExampleGtin, serial: 'AT-1', baseUrl: 'https://brand.example/p' }), expected);
    assert.equal(buildDigitalLink({ gtin: gs1ExampleGtin, serial: 'AT-1', baseUrl: 'https://brand.example/p/' }), expected);
  });

  it('percent-encodes the CSet 82 characters Digital Link reserves, and only those', () => {
    const reserved = buildDigitalLink({ gtin: gs1ExampleGtin, serial: `!"%&'()*+,/:;<=>?` });
    assert.ok(reserved.endsWith('/21/%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F'), reserved);
    const unreserved = buildDigitalLink({ gtin: gs1ExampleGtin, serial: 'Az09-._' });
    assert.ok(unreserved.endsWith('/21/Az09-._'), unreserved);
  });

  it('adds the link type as a query parameter', () => {
    assert.equal(
      buildDigitalLink({ gtin: gs1ExampleGtin, serial: 'AT-1', linkType: 'gs1:registerProduct' }),
      `https://id.gs1.org/01/${gs1ExampleGtin}/21/AT-1?linkType=gs1:registerProduct`,
    );
  });

  it('round-trips every CSet 82 character through build and parse', () => {
    const cset82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;
    for (let start = 0; start < cset82.length; start += 20) {
      const serial = cset82.slice(start, start + 20);
      const input = { gtin: '614141123452', serial, baseUrl: 'https://brand.example/check', linkType: 'gs1:serviceInfo' } as const;
      assert.deepEqual(parsed(buildDigitalLink(input)), { ...input, gtin: '00614141123452' }, serial);
    }
  });

  it('refuses what it could not write correctly, naming the field', () => {
    buildFailure({ gtin: '09506000134353', serial: 'AT-1' }, 'invalid_check_digit');
    buildFailure({ gtin: '0950600013435', serial: 'AT-1' }, 'invalid_check_digit');
    buildFailure({ gtin: '123', serial: 'AT-1' }, 'invalid_gtin');
    buildFailure({ gtin: gs1ExampleGtin, serial: '' }, 'invalid_serial');
    buildFailure({ gtin: gs1ExampleGtin, serial: 'A B' }, 'invalid_serial');
    buildFailure({ gtin: gs1ExampleGtin, serial: 'X'.repeat(21) }, 'invalid_serial');
    buildFailure({ gtin: gs1ExampleGtin, serial: 'AT-1', baseUrl: 'brand.example' }, 'invalid_base_url');
    buildFailure({ gtin: gs1ExampleGtin, serial: 'AT-1', baseUrl: 'https://brand.example/?a=1' }, 'invalid_base_url');
    buildFailure({ gtin: gs1ExampleGtin, serial: 'AT-1', linkType: 'gs1:not a type' }, 'invalid_link_type');
  });
});
