/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { buildCalendarFile, escapeText, foldLine, formatUtcDateTime } from './calendar-file.ts';

const octets = (line: string): number => new TextEncoder().encode(line).length;

/** RFC 5545 §3.1 unfolding: a line break followed by one space or tab is removed. */
const unfold = (text: string): string => text.replaceAll(/\r\n[ \t]/g, '');

describe('calendar file (RFC 5545)', () => {
  const event = {
    uid: '7XK2-M9QD-R4TB@atelier.repairs',
    createdAt: new Date('2025-03-01T08:15:30.123Z'),
    startsAt: new Date('2025-03-04T09:30:00Z'),
    endsAt: new Date('2025-03-04T10:00:00Z'),
    summary: 'Drop-off: full service, Nautile',
    location: 'Atelier de Service Paris; 12 rue de la Paix, 75002 Paris',
    description: 'Tracking code 7XK2-M9QD-R4TB.\nBring the warranty card.',
  };

  it('writes times in UTC without separators or milliseconds', () => {
    expect(formatUtcDateTime(new Date('2025-12-31T23:05:09.999Z'))).to.equal('20251231T230509Z');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).to.equal('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('builds one event with UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY and LOCATION, ending every line with CRLF', () => {
    const file = buildCalendarFile(event);
    expect(file.endsWith('\r\n')).to.equal(true);
    expect(file.replaceAll('\r\n', '')).not.to.match(/[\r\n]/);
    const lines = unfold(file).split('\r\n');
    expect(lines.slice(0, 2)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).to.include.members([
      'BEGIN:VEVENT',
      'UID:7XK2-M9QD-R4TB@atelier.repairs',
      'DTSTAMP:20250301T081530Z',
      'DTSTART:20250304T093000Z',
      'DTEND:20250304T100000Z',
      'SUMMARY:Drop-off: full service\\, Nautile',
      'LOCATION:Atelier de Service Paris\\; 12 rue de la Paix\\, 75002 Paris',
      'DESCRIPTION:Tracking code 7XK2-M9QD-R4TB.\\nBring the warranty card.',
      'END:VEVENT',
    ]);
    expect(lines.filter((line) => line.startsWith('PRODID:'))).to.have.length(1);
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
  });

  it('folds long lines at 75 octets, never splitting a multi-byte character, and unfolds to the original', () => {
    const location = '東京都中央区銀座 アトリエ・サービスセンター東京 '.repeat(4);
    const file = buildCalendarFile({ ...event, location });
    const physical = file.split('\r\n').filter((line) => line !== '');
    for (const line of physical) expect(octets(line), line).to.be.at.most(75);
    expect(physical.some((line) => line.startsWith(' '))).to.equal(true);
    expect(unfold(file).split('\r\n')).to.include(`LOCATION:${location}`);
    for (const line of physical) expect(line).not.to.contain('\uFFFD');
  });

  it('leaves a line of exactly 75 octets whole and folds the 76th octet onto a continuation line', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(exact)).to.equal(exact);
    expect(foldLine(`${exact}y`)).to.equal(`${exact}\r\n y`);
  });
});
