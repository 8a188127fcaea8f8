/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { DropOffSlot } from '@atelier/client/contract';
import { addDays, dateInZone, groupSlotsByDay, slotAfterKey } from './slot-days.ts';

function slot(id: string, startsAt: string, remaining = 1): DropOffSlot {
  return { id, serviceCentreId: 'sc', startsAt, endsAt: new Date(Date.parse(startsAt) + 1_800_000).toISOString(), capacity: 2, remaining };
}

describe('drop-off slots by day', () => {
  it('puts a slot on the centre’s calendar day, not the booking person’s or UTC’s', () => {
    // 23:30 UTC on 3 March is 08:30 on 4 March in Tokyo and 18:30 on 3 March in New York.
    const late = slot('late', '2025-03-03T23:30:00.000Z');
    expect(groupSlotsByDay([late], 'Asia/Tokyo').map((day) => day.date)).to.deep.equal(['2025-03-04']);
    expect(groupSlotsByDay([late], 'America/New_York').map((day) => day.date)).to.deep.equal(['2025-03-03']);
  });

  it('orders days and times whatever order the slots come in', () => {
    const days = groupSlotsByDay(
      [slot('b2', '2025-03-05T02:00:00Z'), slot('a2', '2025-03-04T02:00:00Z'), slot('a1', '2025-03-04T01:00:00Z'), slot('b1', '2025-03-05T01:00:00Z')],
      'Asia/Tokyo',
    );
    expect(days.map((day) => [day.date, day.slots.map((each) => each.id)])).to.deep.equal([
      ['2025-03-04', ['a1', 'a2']],
      ['2025-03-05', ['b1', 'b2']],
    ]);
  });

  it('counts days across a daylight-saving change and a month end', () => {
    expect(addDays('2025-03-29', 2)).to.equal('2025-03-31');
    expect(addDays('2025-03-30', 3)).to.equal('2025-04-02');
    expect(dateInZone(new Date('2025-03-30T01:30:00Z'), 'Europe/Paris')).to.equal('2025-03-30');
  });

  it('moves left and right through all times, up and down to the same position on the next day, and stops at the edges', () => {
    const days = groupSlotsByDay(
      [slot('a1', '2025-03-04T01:00:00Z'), slot('a2', '2025-03-04T02:00:00Z', 0), slot('a3', '2025-03-04T03:00:00Z'), slot('b1', '2025-03-05T01:00:00Z')],
      'Asia/Tokyo',
    );
    expect(slotAfterKey(days, 'a3', 'ArrowRight')).to.equal('b1');
    expect(slotAfterKey(days, 'b1', 'ArrowLeft')).to.equal('a3');
    expect(slotAfterKey(days, 'a1', 'ArrowRight'), 'a full slot is a stop').to.equal('a2');
    expect(slotAfterKey(days, 'a3', 'ArrowDown'), 'the next day has fewer times').to.equal('b1');
    expect(slotAfterKey(days, 'b1', 'ArrowUp')).to.equal('a1');
    expect(slotAfterKey(days, 'a1', 'End')).to.equal('a3');
    expect(slotAfterKey(days, 'a3', 'Home')).to.equal('a1');
    expect(slotAfterKey(days, 'a1', 'ArrowLeft')).to.equal('a1');
    expect(slotAfterKey(days, 'b1', 'ArrowRight')).to.equal('b1');
    expect(slotAfterKey(days, 'b1', 'ArrowDown')).to.equal('b1');
  });
});
