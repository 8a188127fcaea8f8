/**
 * The filter language compiled to SQL, on SQLite and PostgreSQL alike: each filter and built-in
 * segment on a seeded history (features/segments/testing.ts, its table worked out by hand) gives
 * the people a hand calculation says, and every built-in segment agrees with the tier the
 * recognition card shows.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { tierSegmentNames, type SegmentClause } from '@atelier/client/contract';
import { createTestServer, describeEachDatabase, type TestServer } from '../../testing/index.ts';
import { clientTier } from '../clients/tier.ts';
import { clientHistory } from '../clients/client-summary.ts';
import { todayUtc } from '../shared/calendar.ts';
import { newId } from '../../ids.ts';
import { builtInSegments } from './built-in-segments.ts';
import { segmentMembers } from './service.ts';
import { seedClientHistory, type ClientIds } from './testing.ts';

describeEachDatabase('segments compiled to SQL', (database) => {
  let server: TestServer;
  let ids: ClientIds;
  beforeEach(async () => {
    server = await createTestServer({ database });
    ids = await seedClientHistory(server);
  });
  afterEach(() => server.close());

  /** The names of the people `clause` selects, sorted. */
  async function namesIn(clause: SegmentClause): Promise<string[]> {
    const context = { brandId: server.brand.id, today: todayUtc(server.clock), serviceIntervalMonths: 36, reportingCurrency: 'EUR' };
    const rows = await segmentMembers(server.db, clause, context).select('o.name').execute();
    return rows.map((row) => row.name).sort();
  }

  it('counts as clients the owners and buyers of a confirmed registration, not a voided sale nor an unconfirmed one', async () => {
    assert.deepEqual(await namesIn({ kind: 'purchases', op: '>=', value: 0 }), ['Ada', 'Ben', 'Chloé', 'Dan', 'Eve', 'Fay', 'Gus', 'Jo', 'Kim']);
  });

  it('finds the collectors in Japan with a piece due for care within 90 days', async () => {
    // Due by 23 February 2027: never serviced and bought by 23 February 2024, or last serviced by then.
    assert.deepEqual(await namesIn({ kind: 'serviceDue', withinDays: 90 }), ['Ben', 'Chloé', 'Dan', 'Jo']);
    const filter: SegmentClause = {
      kind: 'all',
      of: [
        { kind: 'customerType', in: ['collector'] },
        { kind: 'country', in: ['JP'] },
        { kind: 'serviceDue', withinDays: 90 },
      ],
    };
    assert.deepEqual(await namesIn(filter), ['Ben']);
  });

  it('counts pieces owned, purchases as buyer or owner, and services since each piece was got', async () => {
    assert.deepEqual(await namesIn({ kind: 'piecesOwned', op: '>=', value: 2 }), ['Ada', 'Chloé', 'Gus']);
    assert.deepEqual(await namesIn({ kind: 'all', of: [{ kind: 'purchases', op: '>=', value: 1 }, { kind: 'piecesOwned', op: '=', value: 0 }] }), ['Eve', 'Kim']);
    assert.deepEqual(await namesIn({ kind: 'services', op: '=', value: 0 }), ['Ben', 'Dan', 'Eve', 'Fay', 'Jo', 'Kim']);
    assert.deepEqual(await namesIn({ kind: 'purchasesAndServices', op: '>', value: 3 }), ['Chloé', 'Gus']);
  });

  it('measures whole months since a date as the tier does', async () => {
    assert.deepEqual(await namesIn({ kind: 'monthsSinceFirstPurchase', op: '=', value: 34 }), ['Ada', 'Ben']);
    assert.deepEqual(await namesIn({ kind: 'monthsSinceLastPurchaseOrService', op: '<=', value: 6 }), ['Eve', 'Fay', 'Jo']);
    assert.deepEqual(await namesIn({ kind: 'monthsSinceLastPurchaseOrService', op: '>', value: 60 }), ['Chloé', 'Kim']);
    assert.deepEqual(await namesIn({ kind: 'any', of: [{ kind: 'country', in: ['DE'] }, { kind: 'monthsSinceLastService', op: '=', value: 9 }] }), ['Dan', 'Gus']);
    assert.deepEqual(await namesIn({ kind: 'lastServiceBefore', date: '2025-01-01' }), ['Chloé']);
    assert.deepEqual(await namesIn({ kind: 'lastServiceBefore', date: '2025-06-16' }), ['Ada', 'Chloé']);
  });

  it('finds purchase anniversaries in the next 30 days, today included', async () => {
    assert.deepEqual(await namesIn({ kind: 'purchaseAnniversary', withinDays: 30 }), ['Ada', 'Gus']);
    assert.deepEqual(await namesIn({ kind: 'purchaseAnniversary', withinDays: 5 }), []);
  });

  it('reads the latest consent of each channel and purpose, never asked counting as no', async () => {
    assert.deepEqual(await namesIn({ kind: 'consent', channel: 'email', purpose: 'marketing', granted: true }), ['Ada', 'Chloé', 'Eve', 'Gus']);
    assert.deepEqual(await namesIn({ kind: 'consent', channel: 'email', purpose: 'marketing', granted: false }), ['Ben', 'Dan', 'Fay', 'Jo', 'Kim']);
    assert.deepEqual(await namesIn({ kind: 'not', of: { kind: 'consent', channel: 'email', purpose: 'service', granted: true } }), ['Eve', 'Fay', 'Gus', 'Jo', 'Kim']);
  });

  it('finds the owners of a piece of a collection, not those who gave theirs up', async () => {
    // Ben's piece and the one Kim passed on to Jo are Corniche pieces; every other piece is a Méridienne.
    const corniche = newId('mdl');
    await server.db.insertInto('models').values({ id: corniche, brand_id: server.brand.id, reference: '2204A-AC', name: 'Corniche Automatique 39', collection: 'Corniche', calibre: 'AU-21 automatic', image_url: null }).execute();
    await server.db.updateTable('items').set({ model_id: corniche }).where('id', 'in', [server.items[2]!.id, server.items[9]!.id]).execute();
    assert.deepEqual(await namesIn({ kind: 'collection', in: ['Corniche'] }), ['Ben', 'Jo']);
    assert.deepEqual(await namesIn({ kind: 'collection', in: ['Méridienne'] }), ['Ada', 'Chloé', 'Dan', 'Fay', 'Gus']);
    assert.deepEqual(await namesIn({ kind: 'collection', in: ['Corniche', 'Méridienne'] }), ['Ada', 'Ben', 'Chloé', 'Dan', 'Fay', 'Gus', 'Jo']);
    assert.deepEqual(await namesIn({ kind: 'all', of: [{ kind: 'collection', in: ['Corniche'] }, { kind: 'country', in: ['FR'] }] }), ['Jo']);
    assert.deepEqual(await namesIn({ kind: 'collection', in: ['Pétale'] }), []);
  });

  it('puts each client in the built-in segment of their tier, the recognition card\'s', async () => {
    const expected = { vip: ['Gus'], regular: ['Ada', 'Ben'], new: ['Eve', 'Fay', 'Jo'], at_risk: ['Dan'], lapsed: ['Chloé', 'Kim'] };
    const today = todayUtc(server.clock);
    for (const name of tierSegmentNames) {
      const members = await namesIn(builtInSegments[name].filter);
      assert.deepEqual(members, expected[name], name);
      for (const member of members) {
        const history = await clientHistory(server.db, server.brand.id, ids[member]!);
        assert.ok(history, member);
        assert.equal(clientTier(history, today), name, `${member}'s tier`);
      }
    }
    assert.equal(await clientHistory(server.db, server.brand.id, ids['Hal']!), undefined, 'a voided sale makes no client');
  });
});
