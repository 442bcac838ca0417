import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Proposal } from '../../../../../shared/schemas/proposal';
import { t } from '../../../i18n';
import { useGrid } from './grid-state';
import { ChevronIcon, SearchIcon } from './icons';
import { DotCount, Hosts } from './session-bits';

const byDots = (a: Proposal, b: Proposal) =>
  (b.dots ?? 0) - (a.dots ?? 0) || a.createdAt.localeCompare(b.createdAt);

/** Case and accents forgiven: "gote" finds "Göteborg". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

function ListCard(props: { proposal: Proposal }) {
  const ui = useGrid();
  const id = () => props.proposal.id;
  const selected = () => ui.selected() === id();
  return (
    <button
      type="button"
      class="session-card session-card--list"
      classList={{
        'is-dragging': ui.isDragging(id()),
        'is-selected': selected(),
      }}
      aria-pressed={selected()}
      aria-describedby="grid-card-hint"
      data-testid="unplaced-card"
      data-proposal-id={id()}
      onPointerDown={(e) => ui.pointerDown(e, { proposalId: id(), from: 'list' })}
      onClick={(e) => ui.select(selected() ? null : id(), e.detail === 0)}
    >
      <span class="session-card__title">{props.proposal.title}</span>
      <Hosts proposal={props.proposal} />
      <span class="session-card__foot">
        <DotCount proposal={props.proposal} />
        <span class="session-card__format">{t(`format.${props.proposal.format}`)}</span>
      </span>
    </button>
  );
}

/**
 * The sessions not on the grid yet, most dots first: a column on wide screens, a panel along
 * the bottom on narrow ones. It is also where a session is dropped to take it off the grid.
 */
export function UnplacedList() {
  const ui = useGrid();
  const session = ui.session;
  const [query, setQuery] = createSignal('');
  const [open, setOpen] = createSignal(true);

  const unplaced = createMemo(() =>
    session.state.proposals.filter((p) => !p.hidden && !ui.placementOf(p.id)).sort(byDots),
  );
  const shown = createMemo(() => {
    const q = fold(query().trim());
    if (!q) return unplaced();
    return unplaced().filter(
      (p) => fold(p.title).includes(q) || p.hosts.some((h) => fold(h).includes(q)),
    );
  });
  const draggingPlaced = () => {
    const id = ui.dragged();
    return !!id && !!ui.placementOf(id);
  };
  const over = () => ui.isOver('list');
  const selectedPlaced = () => {
    const id = ui.selected();
    return id && ui.placementOf(id) ? id : null;
  };

  return (
    <aside
      class="unplaced"
      classList={{
        'unplaced--closed': !open(),
        'unplaced--target': draggingPlaced(),
        'unplaced--over': over(),
      }}
      aria-labelledby="unplaced-title"
      data-drop="list"
      data-testid="unplaced"
    >
      <div class="unplaced__head">
        <h2 id="unplaced-title" class="unplaced__title">
          {t('grid.unplacedTitle')}
          <span class="count-pill" data-testid="unplaced-count">
            {unplaced().length}
          </span>
        </h2>
        <label class="search-field">
          <SearchIcon />
          <span class="visually-hidden">{t('grid.searchLabel')}</span>
          <input
            type="search"
            class="search-field__input"
            placeholder={t('grid.searchPlaceholder')}
            value={query()}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="unplaced-search"
          />
        </label>
        <button
          type="button"
          class="icon-button unplaced__toggle"
          aria-expanded={open()}
          aria-controls="unplaced-body"
          aria-label={open() ? t('grid.listHide') : t('grid.listShow')}
          onClick={() => setOpen((v) => !v)}
        >
          <ChevronIcon />
        </button>
      </div>
      <div class="unplaced__body" id="unplaced-body">
        <Show when={selectedPlaced()}>
          {(id) => (
            <button
              type="button"
              class="unplaced__return"
              data-testid="return-to-list"
              onClick={() => void ui.pick({ kind: 'list' })}
            >
              {t('grid.returnToList', { title: ui.titleOf(id()) })}
            </button>
          )}
        </Show>
        <Show when={draggingPlaced()}>
          <div class="unplaced__drop" aria-hidden="true">
            {t('grid.dropToList')}
          </div>
        </Show>
        <Show
          when={shown().length > 0}
          fallback={
            <p class="unplaced__empty">
              {unplaced().length === 0
                ? t('grid.unplacedEmpty')
                : t('grid.noMatch', { query: query().trim() })}
            </p>
          }
        >
          <ul class="unplaced__list" role="list">
            <For each={shown()}>
              {(p) => (
                <li>
                  <ListCard proposal={p} />
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </aside>
  );
}
