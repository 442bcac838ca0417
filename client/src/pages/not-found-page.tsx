import { AppHeader } from '../components/app-header';
import { CenteredMessage } from '../components/centered-message';
import { t } from '../i18n';

export function NotFoundPage() {
  return (
    <>
      <AppHeader />
      <main class="page page--narrow">
        <CenteredMessage title={t('notFound.title')} body={t('notFound.body')}>
          <a class="button button--primary" href="/">
            {t('common.home')}
          </a>
        </CenteredMessage>
      </main>
    </>
  );
}
