import type { Language } from '../languages';
import type { ExportSource } from './export-source';
import { escapeText, icsFile, utcStamp } from './ics-text';
import { vtimezone, zonedProperty } from './ics-timezone';
import { publishedAgenda } from './published-agenda';
import { sessionGuid, stableUuid } from './stable-ids';

/**
 * The published agenda as an iCalendar feed (RFC 5545) that calendar apps subscribe to
 * (`GET …/calendar.ics`). docs/api.md lists what each property holds.
 */

export interface CalendarSource extends ExportSource {
  /** When each placement was last written, by proposal id (ms): every move rewrites it. */
  placedAt: ReadonlyMap<string, number>;
}

/** The few words the feed writes itself, in the event's language. */
const WORDS: Record<Language, { hostedBy: string; plenary: string; myDay: string }> = {
  en: { hostedBy: 'Hosted by', plenary: 'Plenary', myDay: 'My day' },
  sv: { hostedBy: 'Värd:', plenary: 'Plenum', myDay: 'Min dag' },
};

interface Entry {
  uid: string;
  start: number;
  end: number;
  summary: string;
  location: string | null;
  description: string;
  modified: number;
}

/**
 * `mine`, for one participant's feed: the sessions they starred or host, and only those (no
 * plenaries: the feed is their own plan, beside the whole event's). Entries keep the whole
 * feed's UIDs, so an app subscribed to both sees one session once.
 */
export function buildCalendar(
  source: CalendarSource,
  agendaUrl: string | null,
  mine?: ReadonlySet<string>,
): string {
  const { event } = source;
  const tz = event.timezone;
  const words = WORDS[event.language];
  const created = Date.parse(event.createdAt);
  const { slots, sessions } = publishedAgenda(source);
  const name = mine ? `${event.name} · ${words.myDay}` : event.name;

  const entries: Entry[] = [
    ...sessions
      .filter(({ proposal }) => !mine || mine.has(proposal.id))
      .map(({ slot, roomName, proposal }) => ({
        uid: sessionGuid(event.id, proposal.id),
        start: Date.parse(slot.startsAt),
        end: Date.parse(slot.endsAt),
        summary: proposal.title,
        location: roomName,
        description: [
          proposal.hosts.length > 0 ? `${words.hostedBy} ${proposal.hosts.join(', ')}` : '',
          proposal.description,
        ]
          .filter(Boolean)
          .join('\n\n'),
        // A move rewrites the placement, an edit the proposal: the later of the two.
        modified: Math.max(
          source.placedAt.get(proposal.id) ?? created,
          Date.parse(proposal.updatedAt),
        ),
      })),
    // Everybody is at a plenary: it belongs in the day, in no room. A break is the time
    // between events, as in frab, and would only crowd the subscriber's own calendar.
    ...slots
      .filter((slot) => slot.kind === 'plenary' && !mine)
      .map((slot) => ({
        uid: stableUuid(`knyta:${event.id}:slot:${slot.id}`),
        start: Date.parse(slot.startsAt),
        end: Date.parse(slot.endsAt),
        summary: slot.label || words.plenary,
        location: null,
        description: '',
        // Slots keep no time of change: a plenary is as old as the event.
        modified: created,
      })),
  ].sort((a, b) => a.start - b.start);

  const covered = entries.length > 0 ? entries : [{ start: created, end: created }];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Knyta//Agenda//EN',
    'CALSCALE:GREGORIAN',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${tz}`,
    // The agenda changes during the day: a hint to apps that would otherwise ask once a day.
    'REFRESH-INTERVAL;VALUE=DURATION:PT15M',
    'X-PUBLISHED-TTL:PT15M',
    ...vtimezone(
      tz,
      Math.min(...covered.map((e) => e.start)),
      Math.max(...covered.map((e) => e.end)),
    ),
    ...entries.flatMap((e) => vevent(e, tz, created, agendaUrl)),
    'END:VCALENDAR',
  ];
  return icsFile(lines);
}

function vevent(e: Entry, tz: string, created: number, agendaUrl: string | null): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    // Without a METHOD, DTSTAMP is when the entry was last revised (§3.8.7.2): the same
    // instant as LAST-MODIFIED, so the feed is the same bytes until something changes.
    `DTSTAMP:${utcStamp(e.modified)}`,
    `LAST-MODIFIED:${utcStamp(e.modified)}`,
    // SEQUENCE must grow with every revision; whole seconds since the event was created grow
    // with every move and edit without a stored counter (and fit its 31 bits for 68 years).
    `SEQUENCE:${Math.max(0, Math.floor((e.modified - created) / 1000))}`,
    zonedProperty('DTSTART', e.start, tz),
    zonedProperty('DTEND', e.end, tz),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(agendaUrl ? [`URL:${agendaUrl}`] : []),
    'END:VEVENT',
  ];
}
