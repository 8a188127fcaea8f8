/**
 * The next care due, against hand calculations: the brand's interval after the last service since
 * the purchase, else after the purchase; month ends clamp (31 January + 1 month = 28 February).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDaysToDate, isBefore } from '../shared/calendar.ts';
import { latestCountedFromDueBy, nextCareDue } from './next-care-due.ts';

describe('next care due', () => {
  it('counts the interval from the purchase when the piece was never serviced', () => {
    assert.deepEqual(nextCareDue({ purchasedOn: '2024-03-15', servicedOn: [] }, 36, '2026-12-07'), { date: '2027-03-15', after: 'purchase', overdue: false });
  });

  it('counts from the latest service since the purchase, whatever the order the days come in', () => {
    assert.deepEqual(nextCareDue({ purchasedOn: '2019-05-02', servicedOn: ['2024-01-10', '2021-06-30'] }, 24, '2026-12-07'), {
      date: '2026-01-10',
      after: 'last_service',
      overdue: true,
    });
  });

  it('ignores services before the purchase (an earlier owner’s, before a second-hand sale registered as new)', () => {
    assert.deepEqual(nextCareDue({ purchasedOn: '2023-09-01', servicedOn: ['2023-08-31'] }, 36, '2026-12-07'), { date: '2026-09-01', after: 'purchase', overdue: true });
  });

  it('clamps to the end of a shorter month, and is not overdue on the day itself', () => {
    assert.deepEqual(nextCareDue({ purchasedOn: '2023-01-31', servicedOn: [] }, 37, '2026-02-28'), { date: '2026-02-28', after: 'purchase', overdue: false });
  });

  it('gives the latest day care may count from and be due by a day, month ends included (what the segments compare)', () => {
    assert.equal(latestCountedFromDueBy('2026-02-28', 1), '2026-01-31');
    assert.equal(latestCountedFromDueBy('2026-02-27', 1), '2026-01-27');
    assert.equal(latestCountedFromDueBy('2028-02-29', 48), '2024-02-29');
    assert.equal(latestCountedFromDueBy('2027-02-28', 36), '2024-02-29');
    for (const months of [1, 12, 36, 37]) {
      for (let dueBy = '2027-01-25'; isBefore(dueBy, '2027-03-05'); dueBy = addDaysToDate(dueBy, 1)) {
        const latest = latestCountedFromDueBy(dueBy, months);
        for (let day = addDaysToDate(latest, -4); isBefore(day, addDaysToDate(latest, 5)); day = addDaysToDate(day, 1)) {
          const due = nextCareDue({ purchasedOn: day, servicedOn: [] }, months, dueBy).date;
          assert.equal(!isBefore(dueBy, due), !isBefore(latest, day), `${months} months, due by ${dueBy}, counted from ${day}`);
        }
      }
    }
  });
});
