import { A } from '@solidjs/router';
import { createEffect, Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { LangToggle } from './lang-toggle';

export function AppHeader(props: { title?: string | undefined; children?: JSX.Element }) {
  createEffect(() => {
    document.title = props.title ? `${props.title} · ${t('app.name')}` : t('app.name');
  });
  return (
    <header class="app-header">
      <div class="app-header__inner">
        <A href="/" class="brand" classList={{ 'brand--compact': !!props.title }}>
          <span class="brand__mark" aria-hidden="true" />
          <span class="brand__name">{t('app.name')}</span>
        </A>
        <Show when={props.title}>
          <h1 class="app-header__title">{props.title}</h1>
        </Show>
        <div class="app-header__end">
          {props.children}
          <LangToggle />
        </div>
      </div>
    </header>
  );
}
