import { createSignal, For, Show } from 'solid-js';
import type { CreatedEvent } from '../../../../shared/schemas/event';
import { AppHeader } from '../../components/app-header';
import { addMessages, t, type MessageKey } from '../../i18n';
import { setupMessages } from '../../i18n/setup';
import { CreateEventForm } from './create-event-form';
import { CreatedEventCard } from './created-event-card';
import { ImportEvent } from './import-event';
import { JoinCodeForm } from './join-code-form';
import { MyEvents } from './my-events';
import '../../styles/home.css';

addMessages(setupMessages);

const STEPS: { title: MessageKey; body: MessageKey }[] = [
  { title: 'home.step1Title', body: 'home.step1Body' },
  { title: 'home.step2Title', body: 'home.step2Body' },
  { title: 'home.step3Title', body: 'home.step3Body' },
];

export function HomePage() {
  const [created, setCreated] = createSignal<CreatedEvent | null>(null);
  return (
    <>
      <AppHeader />
      <main class="page page--home">
        <div class="home-grid">
          <div class="home-intro">
            <MyEvents />
            <section class="hero">
              <p class="hero__eyebrow">{t('home.eyebrow')}</p>
              <h1 class="hero__title">{t('home.title')}</h1>
              <p class="hero__lead">{t('home.lead')}</p>
              <ol class="steps">
                <For each={STEPS}>
                  {(step, i) => (
                    <li class="steps__item">
                      <span class="steps__number" aria-hidden="true">
                        {i() + 1}
                      </span>
                      <span>
                        <strong class="steps__title">{t(step.title)}</strong>
                        <span class="steps__body">{t(step.body)}</span>
                      </span>
                    </li>
                  )}
                </For>
              </ol>
            </section>
            <section class="card stack" aria-labelledby="join-title">
              <h2 id="join-title" class="card__title">
                {t('joinCode.title')}
              </h2>
              <JoinCodeForm labelHidden />
            </section>
          </div>
          <div class="card card--raised home-create">
            <Show
              when={created()}
              fallback={
                <>
                  <CreateEventForm onCreated={(c) => setCreated(c)} />
                  <ImportEvent onCreated={(c) => setCreated(c)} />
                </>
              }
            >
              {(c) => <CreatedEventCard created={c()} onReset={() => setCreated(null)} />}
            </Show>
          </div>
        </div>
      </main>
      <footer class="site-footer">{t('home.footer')}</footer>
    </>
  );
}
