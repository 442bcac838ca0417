import type { JSX } from 'solid-js';
import { t } from '../i18n';
import { AppHeader } from './app-header';
import { CenteredMessage } from './centered-message';

/** A whole page that only says something: a plain header and one centred notice. */
export function PageNotice(props: { title: string; body?: string; children?: JSX.Element }) {
  return (
    <>
      <AppHeader />
      <main class="page page--narrow">
        <CenteredMessage title={props.title} body={props.body}>
          {props.children}
        </CenteredMessage>
      </main>
    </>
  );
}

/** The page for a join code (in its address) that names no event. */
export function UnknownCodeNotice(props: { code: string }) {
  return (
    <PageNotice title={t('join.notFoundTitle')} body={t('join.notFound', { code: props.code })} />
  );
}
