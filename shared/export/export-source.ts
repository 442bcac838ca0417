import type { Note } from '../schemas/note';
import type { Snapshot } from '../schemas/snapshot';

/**
 * What every export is built from: the facilitator's view of the event (every proposal still
 * in the lists, hidden ones too, with their tallies, and the whole grid). The builders pick
 * what each format shows; proposals' author ids never leave them.
 */
export type ExportSource = Pick<
  Snapshot,
  'event' | 'rooms' | 'slots' | 'proposals' | 'placements'
> & {
  /** Every note, hidden ones too, in the order written; only the JSON export reads them. */
  notes?: readonly Note[];
  /** How many participants starred each session (expected attendance); none when absent. */
  stars?: Readonly<Record<string, number>>;
};
