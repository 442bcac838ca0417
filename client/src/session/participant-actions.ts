import { createSignal } from 'solid-js';
import * as api from '../api/endpoints';
import { ApiError } from '../api/http';
import type { ProposalInput, ProposalPatch } from '../../../shared/schemas/proposal';
import { decideVote } from '../../../shared/vote-budget';
import type { EventStore } from '../stores/event-store';
import type { MeStore } from '../stores/me-store';
import { showError } from '../stores/toasts';
import { attempt } from './attempt';

export interface ActionDeps {
  eventId: string;
  token: string | null;
  events: EventStore;
  me: MeStore;
  resync: () => Promise<void>;
}

const PUSH_GRACE_MS = 1500;

/** What a participant (and, for pitching and editing, a facilitator) can do. */
export function createParticipantActions(deps: ActionDeps) {
  const { eventId, events, me } = deps;
  const token = deps.token ?? '';
  const [inFlight, setInFlight] = createSignal(0);
  // Votes set an absolute number of dots, so they must reach the server in click order.
  let queue: Promise<unknown> = Promise.resolve();
  let failedSinceIdle = false;
  let settledAt = 0;

  async function vote(proposalId: string, dots: number): Promise<void> {
    const event = events.state.event;
    if (!event) return;
    const before = { dots: me.dotsOn(proposalId), remaining: me.state.remaining };
    const decision = decideVote({
      budget: event.dotsPerParticipant,
      maxPerProposal: event.maxDotsPerProposal,
      used: event.dotsPerParticipant - before.remaining,
      current: before.dots,
      requested: dots,
    });
    if (!decision.ok) {
      showError(new ApiError(409, decision.code, decision.code));
      return;
    }
    // Instant feedback from the shared rule; the server's answer replaces it.
    me.setVote(proposalId, decision.dots, decision.remaining);
    setInFlight((n) => n + 1);
    const sent = queue.then(() => api.setVote(eventId, token, proposalId, dots));
    queue = sent.catch(() => undefined);
    try {
      const result = await sent;
      if (inFlight() === 1) me.setVote(proposalId, result.dots, result.remaining);
    } catch (err) {
      failedSinceIdle = true;
      if (inFlight() === 1) me.setVote(proposalId, before.dots, before.remaining);
      showError(err);
    } finally {
      setInFlight((n) => n - 1);
      if (inFlight() === 0) settledAt = Date.now();
      if (inFlight() === 0 && failedSinceIdle) {
        failedSinceIdle = false;
        void deps.resync();
      }
    }
  }

  return {
    /**
     * Whether a `vote:changed` push may overwrite my dots: not while my own requests are out,
     * nor just after, when a push about an earlier click may still be on its way.
     */
    acceptsVotePush: () => inFlight() === 0 && Date.now() - settledAt > PUSH_GRACE_MS,
    vote,

    async pitch(input: ProposalInput) {
      const res = await attempt(() => api.createProposal(eventId, token, input));
      if (res) events.upsertProposal(res.proposal);
      return res?.proposal;
    },

    async editProposal(proposalId: string, patch: ProposalPatch) {
      const res = await attempt(() => api.updateProposal(eventId, token, proposalId, patch));
      if (res) events.upsertProposal(res.proposal);
      return res?.proposal;
    },
  };
}
