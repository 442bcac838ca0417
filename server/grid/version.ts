import { HttpError } from '../http-error';
import type { EventRow } from '../repos/events-repo';

/** A grid write made against an older version of the event is refused: the client refreshes. */
export function assertFresh(event: EventRow, version: number | undefined): void {
  if (version !== undefined && version !== event.version) {
    throw new HttpError(
      409,
      'stale_version',
      `The grid changed (version ${event.version}, yours ${version}): refresh and try again`,
    );
  }
}
