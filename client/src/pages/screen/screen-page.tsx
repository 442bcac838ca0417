import { useParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';
import { normalizeJoinCode } from '../../../../shared/join-code';
import { lookUpJoinCode } from '../../api/endpoints';
import { UnknownCodeNotice } from '../../components/page-notice';
import { AppHeader } from '../../components/app-header';
import { CenteredMessage } from '../../components/centered-message';
import { addMessages, t } from '../../i18n';
import { useEventLanguage } from '../../i18n/event-language';
import { screenMessages } from '../../i18n/screen';
import { ScreenBoard } from './screen-board';

addMessages(screenMessages);

/** The projector: how to join, and what is on the board, in large type. No token needed. */
export function ScreenPage() {
  const params = useParams();
  const code = () => normalizeJoinCode(params.code ?? '');
  const [found] = createResource(code, (c) => lookUpJoinCode(c));
  useEventLanguage(() => {
    const f = found.error ? undefined : found();
    return f && { id: f.eventId, language: f.language };
  });
  return (
    <Switch>
      <Match when={found.error}>
        <UnknownCodeNotice code={code()} />
      </Match>
      <Match when={found()} keyed>
        {(event) => <ScreenBoard eventId={event.eventId} joinCode={code()} />}
      </Match>
      <Match when={found.loading}>
        <AppHeader />
        <main class="page page--narrow">
          <CenteredMessage title={t('common.loading')} />
        </main>
      </Match>
    </Switch>
  );
}
