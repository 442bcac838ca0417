import ICAL from 'ical.js';

/**
 * A calendar file as a calendar app reads it, through a real iCalendar parser (ical.js): each
 * entry's fields, its times as UTC instants computed from the file's own VTIMEZONE.
 */
export function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      description: e.description,
      tzid: e.startDate.zone?.tzid,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      sequence: e.sequence,
      lastModified: v.getFirstPropertyValue('last-modified')?.toString() ?? null,
      url: v.getFirstPropertyValue('url'),
    };
  });
}
