import { useParams } from '@solidjs/router';
import { createResource, Match, Show, Switch } from 'solid-js';
import { normalizeJoinCode } from '../../../../shared/join-code';
import { lookUpJoinCode } from '../../api/endpoints';
import { toApiError } from '../../api/http';
import { PageNotice, UnknownCodeNotice } from '../../components/page-notice';
import { addMessages, t } from '../../i18n';
import { notesMessages } from '../../i18n/notes';
import { useEventLanguage } from '../../i18n/event-language';
import { readToken } from '../../stores/tokens';
import { NotesLive } from './notes-live';
import { readNotesRecord } from './stored-notes';
import '../../styles/notes.css';

addMessages(notesMessages);

/**
 * A session's notes page (issue 10 §1) at /notes/<join code>/<proposal id>: where a door sheet's
 * QR code leads. Anyone may read once the agenda is published; this device's facilitator or
 * participant key for the event lets its holder write.
 */
export function NotesPage() {
  const params = useParams();
  const code = () => normalizeJoinCode(params.code ?? '');
  // Without a network, a page this device has read before opens from its copy (notes-live.tsx).
  const [found] = createResource(code, async (c) => {
    try {
      return await lookUpJoinCode(c);
    } catch (err) {
      const copy =
        toApiError(err).code === 'network' && readNotesRecord(c, params.proposalId ?? '');
      if (!copy) throw err;
      return { eventId: copy.event.id, name: copy.event.name, language: copy.event.language };
    }
  });
  const event = () => (found.error ? undefined : found());
  useEventLanguage(() => {
    const f = event();
    return f && { id: f.eventId, language: f.language };
  });

  return (
    <Switch fallback={<PageNotice title={t('common.loading')} />}>
      <Match when={found.error}>
        <UnknownCodeNotice code={code()} />
      </Match>
      <Match when={event()?.eventId}>
        {(eventId) => (
          <Show when={`${eventId()} ${params.proposalId ?? ''}`} keyed>
            {(key) => {
              const [id = '', proposalId = ''] = key.split(' ');
              const token = readToken('admin', id) ?? readToken('participant', id);
              return (
                <NotesLive eventId={id} joinCode={code()} proposalId={proposalId} token={token} />
              );
            }}
          </Show>
        )}
      </Match>
    </Switch>
  );
}
