/**
 * /v1/segments over HTTP, on both databases: malformed filters refused with a field error naming
 * the clause, counts and pages of members, the consent-aware CSV export (never a person without
 * marketing consent in a marketing export, formulas made text), and the audit of every listing
 * and export.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { builtInSegmentNames, segmentPageSize, type BuiltInSegmentList, type Problem, type SegmentClause, type SegmentCount, type SegmentMemberPage } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { insertClient, insertConsent, insertWarranty, seedClientHistory } from './testing.ts';

const filterQuery = (filter: unknown) => `filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}`;

describeEachDatabase('segment routes', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database });
    await seedClientHistory(server);
  });
  afterEach(() => server.close());

  async function json<T>(path: string, init: Parameters<TestServer['request']>[1] = { key: 'secret' }): Promise<T> {
    const response = await server.request(path, init);
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as T;
  }

  async function refusal(query: string): Promise<Problem> {
    const response = await server.request(`/v1/segments/count?${query}`, { key: 'secret' });
    assert.equal(response.status, 422, await response.clone().text());
    assert.match(response.headers.get('Content-Type') ?? '', /application\/problem\+json/);
    return (await response.json()) as Problem;
  }

  it('refuses a malformed filter with a field error naming the clause', async () => {
    const outOfBounds = await refusal(filterQuery({ kind: 'all', of: [{ kind: 'country', in: ['JP'] }, { kind: 'piecesOwned', op: '>=', value: 1_000_000 }] }));
    assert.equal(outOfBounds.code, 'validation_failed');
    assert.deepEqual(outOfBounds.errors?.map((error) => [error.path, error.code]), [['filter.of.1.value', 'too_large']]);
    const unknownKind = await refusal(filterQuery({ kind: 'any', of: [{ kind: 'shoeSize', op: '>', value: 40 }] }));
    assert.deepEqual(unknownKind.errors?.map((error) => error.path), ['filter.of.0.kind']);
    const extraField = await refusal(filterQuery({ kind: 'serviceDue', withinDays: 30, orSo: true }));
    assert.deepEqual(extraField.errors?.map((error) => [error.path, error.code]), [['filter.orSo', 'unknown_field']]);
    const notJson = await refusal(filterQuery('{kind: all'));
    assert.deepEqual(notJson.errors?.map((error) => [error.path, error.code]), [['filter', 'invalid_format']]);
    const tooMany = await refusal(filterQuery({ kind: 'all', of: Array.from({ length: 21 }, () => ({ kind: 'country', in: ['FR'] })) }));
    assert.deepEqual(tooMany.errors?.map((error) => [error.path, error.code]), [['filter.of', 'too_long']]);
    const both = await refusal(`segment=vip&${filterQuery({ kind: 'country', in: ['FR'] })}`);
    assert.deepEqual(both.errors?.map((error) => error.path), ['filter']);
    const neither = await refusal('');
    assert.deepEqual(neither.errors?.map((error) => [error.path, error.code]), [['filter', 'required']]);
  });

  it('counts a built-in segment or a filter, and lists the built-in definitions', async () => {
    assert.deepEqual(await json<SegmentCount>('/v1/segments/count?segment=new'), { count: 3, asOf: '2026-11-25' });
    const collectorsInJapanDue: SegmentClause = { kind: 'all', of: [{ kind: 'customerType', in: ['collector'] }, { kind: 'country', in: ['jp'] }, { kind: 'serviceDue', withinDays: 90 }] };
    assert.equal((await json<SegmentCount>(`/v1/segments/count?${filterQuery(collectorsInJapanDue)}`)).count, 1);
    const analyst = await server.signIn({ role: 'analyst' });
    const { segments } = await json<BuiltInSegmentList>('/v1/segments/built-in', { session: analyst.session });
    assert.deepEqual(segments.map((segment) => segment.name), [...builtInSegmentNames]);
    const vip = segments[0]!;
    assert.equal((await json<SegmentCount>(`/v1/segments/count?${filterQuery(vip.filter)}`, { session: analyst.session })).count, 1);
    // An RFM group compares value: its count says the currency (and which rates are missing: none, no amount is recorded here).
    // Lost: Kim, and Chloé, whose value is nil without amounts (M 1, so FM 1).
    const lost = await json<SegmentCount>('/v1/segments/count?segment=rfm_lost', { session: analyst.session });
    assert.deepEqual([lost.count, lost.valueBasis?.reportingCurrency, lost.valueBasis?.missingRates, lost.valueBasis?.amountsLeftOut], [2, 'EUR', [], 0]);
  });

  it('pages through the members without repeating or skipping anyone, and audits each page', async () => {
    const brandId = server.brand.id;
    for (let index = 0; index < segmentPageSize + 5; index += 1) {
      const owner = await insertClient(server.db, brandId, { name: `Client ${String(index).padStart(2, '0')}`, country: 'CH', language: 'fr', customerType: 'retail' });
      await insertWarranty(server.db, brandId, { itemId: server.items[0]!.id, ownerId: owner, purchaseDate: '2026-01-05', status: 'expired' });
    }
    const concierge = await server.signIn({ role: 'concierge' });
    const query = filterQuery({ kind: 'country', in: ['CH'] });
    const first = await json<SegmentMemberPage>(`/v1/segments/members?${query}`, { session: concierge.session });
    assert.equal(first.people.length, segmentPageSize);
    assert.ok(first.nextCursor);
    const second = await json<SegmentMemberPage>(`/v1/segments/members?${query}&cursor=${first.nextCursor}`, { session: concierge.session });
    assert.equal(second.people.length, 5);
    assert.equal(second.nextCursor, null);
    const names = [...first.people, ...second.people].map((person) => person.name).sort();
    assert.deepEqual(names, Array.from({ length: segmentPageSize + 5 }, (_, index) => `Client ${String(index).padStart(2, '0')}`));
    assert.deepEqual(first.people[0] && Object.keys(first.people[0]).sort(), ['country', 'customerType', 'email', 'id', 'language', 'name']);

    const audit = await server.db.selectFrom('audit_log').select(['operation', 'actor_id', 'target_kind', 'target_id', 'outcome']).where('operation', '=', 'listSegmentMembers').execute();
    assert.equal(audit.length, 2);
    assert.deepEqual({ ...audit[0] }, { operation: 'listSegmentMembers', actor_id: concierge.personId, target_kind: 'segment', target_id: '{"kind":"country","in":["CH"]}', outcome: 'ok' });
  });

  it('keeps out of a marketing export everyone without marketing consent, and audits it', async () => {
    const response = await server.request('/v1/segments/export.csv?segment=regular&purpose=marketing&channel=email', { key: 'secret' });
    assert.equal(response.status, 200, await response.clone().text());
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/csv/);
    const lines = (await response.text()).split('\r\n');
    // Regular: Ada (said yes) and Ben (said yes, then no).
    assert.deepEqual(lines[0], 'id,name,email,country,language,customer_type');
    assert.deepEqual(lines.slice(1).filter(Boolean).map((line) => line.split(',')[1]), ['Ada']);

    const everyoneWithService = await server.request(`/v1/segments/export.csv?${filterQuery({ kind: 'purchases', op: '>=', value: 1 })}&purpose=service&channel=email`, { key: 'secret' });
    const serviceNames = (await everyoneWithService.text()).split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[1]).sort();
    assert.deepEqual(serviceNames, ['Ada', 'Ben', 'Chloé', 'Dan']);

    const audit = await server.db.selectFrom('audit_log').select(['target_kind', 'target_id']).where('operation', '=', 'exportSegment').orderBy('at').execute();
    assert.deepEqual(audit.map((row) => ({ ...row })), [
      { target_kind: 'segment', target_id: 'regular for marketing by email' },
      { target_kind: 'segment', target_id: '{"kind":"purchases","op":">=","value":1} for service by email' },
    ]);
  });

  it('writes a name starting like a formula as text in the export', async () => {
    const owner = await insertClient(server.db, server.brand.id, { name: 'Zed', country: 'GB', language: 'en', customerType: 'retail' });
    await server.db.updateTable('owners').set({ name: '=HYPERLINK("https://evil.example","Zed")' }).where('id', '=', owner).execute();
    await insertWarranty(server.db, server.brand.id, { itemId: server.items[0]!.id, ownerId: owner, purchaseDate: '2026-01-05', status: 'expired' });
    await insertConsent(server.db, owner, { purpose: 'marketing', granted: true, recordedAt: '2026-01-05T10:00:00.000Z' });
    const response = await server.request(`/v1/segments/export.csv?${filterQuery({ kind: 'country', in: ['GB'] })}&purpose=marketing&channel=email`, { key: 'secret' });
    const csv = await response.text();
    assert.ok(csv.includes(`"'=HYPERLINK(""https://evil.example"",""Zed"")"`), csv);
  });

  it('lets analysts count but not read who is in a segment', async () => {
    const analyst = await server.signIn({ role: 'analyst' });
    assert.equal((await server.request('/v1/segments/count?segment=vip', { session: analyst.session })).status, 200);
    assert.equal((await server.request('/v1/segments/members?segment=vip', { session: analyst.session })).status, 403);
    assert.equal((await server.request('/v1/segments/export.csv?segment=vip&purpose=marketing&channel=email', { session: analyst.session })).status, 403);
  });
});
