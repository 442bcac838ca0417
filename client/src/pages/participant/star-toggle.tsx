import { t } from '../../i18n';

/**
 * A star on a session: "I mean to go". A toggle button, so a screen reader says its state
 * (aria-pressed) and the name of the session it stars.
 */
export function StarToggle(props: { title: string; starred: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      class="star-toggle"
      classList={{ 'is-on': props.starred }}
      aria-pressed={props.starred}
      aria-label={t('myDay.star', { title: props.title })}
      data-testid="star-toggle"
      onClick={() => props.onToggle()}
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3L2.9 9.5l6.3-.9z" />
      </svg>
    </button>
  );
}
