/** The dates segments compare with agree with the tier's month arithmetic on every day, month ends and leap days included. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { addDaysToDate, addMonthsToDate, isBefore } from '../shared/calendar.ts';
import { anniversaryRanges, latestDayMonthsBefore } from './day-thresholds.ts';

it('puts the edge of "at least N months before" exactly where adding N months reaches the day', () => {
  for (let target = '2027-12-25'; isBefore('2027-01-01', target); target = addDaysToDate(target, -1)) {
    for (const months of [0, 1, 11, 12, 24, 36, 60]) {
      const edge = latestDayMonthsBefore(target, months);
      assert.ok(!isBefore(target, addMonthsToDate(edge, months)), `${edge} + ${months} months is on or before ${target}`);
      assert.ok(isBefore(target, addMonthsToDate(addDaysToDate(edge, 1), months)), `${addDaysToDate(edge, 1)} + ${months} months is after ${target}`);
    }
  }
  // 31 January + 1 month is 28 February; 28 February 2027 + 12 months is 28 February 2028, 29 February being its own.
  assert.equal(latestDayMonthsBefore('2027-02-28', 1), '2027-01-31');
  assert.equal(latestDayMonthsBefore('2028-02-29', 12), '2027-02-28');
});

it('names the anniversaries of a window, across the new year and around 29 February', () => {
  assert.deepEqual(anniversaryRanges('2026-11-25', 30), [{ from: '11-25', to: '12-25', requiresBeforeToday: true }]);
  assert.deepEqual(anniversaryRanges('2026-12-20', 30), [
    { from: '12-20', to: '12-31', requiresBeforeToday: true },
    { from: '01-01', to: '01-19', requiresBeforeToday: false },
  ]);
  assert.deepEqual(anniversaryRanges('2027-02-01', 27), [{ from: '02-01', to: '02-29', requiresBeforeToday: true }]);
  assert.deepEqual(anniversaryRanges('2028-02-01', 27), [{ from: '02-01', to: '02-28', requiresBeforeToday: true }]);
  assert.deepEqual(anniversaryRanges('2027-03-01', 0), [{ from: '03-01', to: '03-01', requiresBeforeToday: true }]);
});
