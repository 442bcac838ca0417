import { batch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Participant } from '../../../shared/schemas/participant';
import type { Snapshot } from '../../../shared/schemas/snapshot';

export interface MeState {
  /** Who the snapshot says we are; a page without a token is a public viewer. */
  role: 'admin' | 'participant' | 'viewer';
  participant: Participant | null;
  /** proposalId → my dots on it. */
  votes: Record<string, number>;
  remaining: number;
  /** The sessions I starred. */
  starred: string[];
  /** My own calendar feed, from my part of the snapshot. */
  calendarUrl: string | null;
}

/** This device's own side of the event: who I am, my dots and how many are left. */
export function createMeStore() {
  const [state, setState] = createStore<MeState>({
    role: 'viewer',
    participant: null,
    votes: {},
    remaining: 0,
    starred: [],
    calendarUrl: null,
  });

  return {
    state,

    loadSnapshot(s: Snapshot) {
      const me = s.me;
      batch(() => {
        if (me?.role === 'participant') {
          setState('role', 'participant');
          setState('participant', reconcile(me.participant));
          setState('votes', reconcile(me.votes));
          setState('remaining', me.remaining);
          setState({ starred: me.starred, calendarUrl: me.calendarUrl });
        } else {
          setState({
            role: me?.role ?? 'viewer',
            participant: null,
            remaining: 0,
            starred: [],
            calendarUrl: null,
          });
          setState('votes', reconcile({}));
        }
      });
    },

    dotsOn: (proposalId: string) => state.votes[proposalId] ?? 0,

    setVote(proposalId: string, dots: number, remaining: number) {
      batch(() => {
        setState('votes', proposalId, dots);
        setState('remaining', remaining);
      });
    },

    setCalendarUrl: (url: string | null) => setState('calendarUrl', url),

    setStar: (id: string, on: boolean) =>
      setState('starred', (l) => [...l.filter((x) => x !== id), ...(on ? [id] : [])]),

    setParticipant: (participant: Participant) => setState('participant', reconcile(participant)),
  };
}

export type MeStore = ReturnType<typeof createMeStore>;
