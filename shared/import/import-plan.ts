import type { Format } from '../formats';
import type { Language } from '../languages';
import type { SlotKind } from '../slot-kinds';

/**
 * A new event to create, checked and cleaned, from an export or a CSV of rooms and slots.
 * `key`s tie placements to their session, room and slot; the server gives every row a new id.
 */
/** A new event's settings, as creating one from the home page sets them too. */
export interface EventSettings {
  name: string;
  date: string | null;
  timezone: string;
  language: Language;
  dotsPerParticipant: number;
  maxDotsPerProposal: number;
  blindVoting: boolean;
}

export interface ImportPlan {
  event: EventSettings;
  rooms: { key: string; name: string; capacity: number; notes: string }[];
  slots: { key: string; startsAt: number; endsAt: number; kind: SlotKind; label: string }[];
  sessions: {
    key: string;
    title: string;
    description: string;
    hosts: string[];
    format: Format;
    hidden: boolean;
  }[];
  placements: { session: string; room: string; slot: string; pinned: boolean }[];
}

/** Why a file cannot be imported: `where` names the line (CSV) or field (JSON). */
export interface ImportProblem {
  where: string;
  message: string;
}

export type ImportCheck = { ok: true; plan: ImportPlan } | { ok: false; problem: ImportProblem };

/** Thrown inside the checks, caught once at their edge: the first problem is the answer. */
export class ImportRefusal extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.where}: ${problem.message}`);
  }
}

export const refuse = (where: string, message: string): never => {
  throw new ImportRefusal({ where, message });
};

export function checked(build: () => ImportPlan): ImportCheck {
  try {
    return { ok: true, plan: build() };
  } catch (err) {
    if (err instanceof ImportRefusal) return { ok: false, problem: err.problem };
    throw err;
  }
}
