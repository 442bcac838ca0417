import { createSignal, Show } from 'solid-js';
import { canEditOwnProposal } from '../../../../shared/phases';
import type { Proposal } from '../../../../shared/schemas/proposal';
import { t } from '../../i18n';
import { useSession } from '../../session/session-context';
import { PitchForm } from './pitch-form-lazy';
import { ProposalCard } from './proposal-card';
import { VoteControl } from './vote-control';

/** One proposal as a participant sees it: tally, my dots, and "edit" on my own. */
export function ParticipantProposal(props: {
  proposal: Proposal;
  showTally: boolean;
  onShowMyDots?: () => void;
}) {
  const session = useSession();
  const [editing, setEditing] = createSignal(false);
  const mine = () =>
    !!session.me.participant && props.proposal.authorId === session.me.participant.id;
  const editable = () => {
    const event = session.state.event;
    return mine() && !!event && canEditOwnProposal(event.phase);
  };

  return (
    <Show
      when={editing()}
      fallback={
        <ProposalCard
          proposal={props.proposal}
          showTally={props.showTally}
          mine={mine()}
          corner={
            editable() && (
              <button type="button" class="link-button" onClick={() => setEditing(true)}>
                {t('card.edit')}
              </button>
            )
          }
        >
          <VoteControl proposal={props.proposal} onShowMyDots={props.onShowMyDots} />
        </ProposalCard>
      }
    >
      <div class="card card--raised">
        <h3 class="card__title">{t('pitch.editHeading')}</h3>
        <PitchForm proposal={props.proposal} onDone={() => setEditing(false)} />
      </div>
    </Show>
  );
}
