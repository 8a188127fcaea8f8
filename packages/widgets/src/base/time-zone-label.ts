/**
 * A service centre's time zone as both repair widgets name it: "Central European Time
 * (Europe/Zurich)". The generic name reads the same in winter and summer, and the IANA name says
 * which place is meant where a generic name covers several (or where a browser only knows an
 * offset such as "GMT+1", which tells a person nothing about the centre).
 */
export function timeZoneLabel(timeZone: string, languageTag: string): string {
  const name = new Intl.DateTimeFormat(languageTag, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${name} (${timeZone})` : timeZone;
}
