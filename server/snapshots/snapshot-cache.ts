import { createHash } from 'node:crypto';
import type { Caller } from '../auth/caller';
import type { Db } from '../db/client';
import type { EventRow } from '../repos/events-repo';
import { adminSnapshot, participantMe, sharedView, type FeedAt } from '../repos/snapshot';
import { agendaVisible } from '../../shared/phases';
import { crc32, gzipHead, gzipWhole, gzipWithTail, type GzipHead } from './gzip-tail';

/** One caller's snapshot, ready to send as JSON or gzip, with its entity tag. */
export interface SnapshotBody {
  etag: string;
  json(): Buffer;
  gzip(): Buffer;
}

/** What everyone but facilitators sees: the body without its closing brace, and its gzip. */
interface PublicEntry {
  version: number;
  head: Buffer;
  gz: GzipHead;
  tag: string;
}

/** Facilitators see unversioned things too (history, pairs): such a fact drops the entry. */
interface AdminEntry {
  version: number;
  body: Buffer;
  gz: Buffer;
  tag: string;
}

const tagOf = (data: Buffer | string) =>
  createHash('sha1').update(data).digest('base64url').slice(0, 20);

const CLOSE = Buffer.from('}');

/**
 * Snapshots built once per (event, version, audience) and kept in memory: when 2,000 phones
 * reconnect at once they cost one build, and each then a copy plus its own small part.
 */
export function createSnapshotCache(db: Db, maxEvents = 200) {
  const publicEntries = new Map<string, PublicEntry>();
  const adminEntries = new Map<string, AdminEntry>();

  /** Keeps the most recently used events only; a Map iterates in insertion order. */
  const remember = <T>(map: Map<string, T>, eventId: string, entry: T) => {
    map.delete(eventId);
    map.set(eventId, entry);
    if (map.size > maxEvents) map.delete(map.keys().next().value!);
  };

  function publicEntry(event: EventRow): PublicEntry {
    const cached = publicEntries.get(event.id);
    if (cached?.version === event.version) return cached;
    const { view } = db.transaction(() => sharedView(db, event.id, 'participant'));
    const json = Buffer.from(JSON.stringify(view));
    const head = json.subarray(0, json.length - 1); // without the closing brace
    const entry = { version: view.version, head, gz: gzipHead(head), tag: tagOf(json) };
    remember(publicEntries, event.id, entry);
    return entry;
  }

  function adminEntry(event: EventRow): AdminEntry {
    const cached = adminEntries.get(event.id);
    if (cached?.version === event.version) return cached;
    const snapshot = db.transaction(() => adminSnapshot(db, event.id));
    const body = Buffer.from(JSON.stringify(snapshot));
    const entry = { version: snapshot.version, body, gz: gzipWhole(body), tag: tagOf(body) };
    remember(adminEntries, event.id, entry);
    return entry;
  }

  return {
    /**
     * `event` as read for this request: its version decides whether the cache is current.
     * `feedAt` names a participant's calendar feed (an HMAC and a hash): asked only when the
     * snapshot shows it, so that reads before the agenda is out do neither.
     */
    bodyFor(event: EventRow, caller: Caller, feedAt: FeedAt): SnapshotBody {
      if (caller.role === 'admin') {
        const e = adminEntry(event);
        return { etag: `W/"a${e.tag}"`, json: () => e.body, gzip: () => e.gz };
      }
      const e = publicEntry(event);
      if (caller.role === 'anonymous') {
        return {
          etag: `W/"p${e.tag}"`,
          json: () => Buffer.concat([e.head, CLOSE]),
          gzip: () => gzipWithTail(e.gz, CLOSE),
        };
      }
      // The feed holds the agenda: until participants can see it there is nothing to subscribe
      // to, and the URL's hundred bytes stay off every phone's first load (issue 7's budget).
      const me = participantMe(
        db,
        caller.participantId,
        event.dotsPerParticipant,
        agendaVisible(event.phase, 'participant') ? feedAt : null,
      );
      const tail = Buffer.from(`,"me":${JSON.stringify(me)}}`);
      // The shared part's tag and a checksum of this participant's own part: cheap per request.
      return {
        etag: `W/"m${e.tag}${crc32(tail).toString(36)}"`,
        json: () => Buffer.concat([e.head, tail]),
        gzip: () => gzipWithTail(e.gz, tail),
      };
    },

    /** Facilitators were told something, maybe without a new version (undo state, pairs). */
    forgetAdmin(eventId: string): void {
      adminEntries.delete(eventId);
    },
  };
}

export type SnapshotCache = ReturnType<typeof createSnapshotCache>;
