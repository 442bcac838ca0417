import { createMemo, For, Show } from 'solid-js';
import type { Proposal } from '../../../../shared/schemas/proposal';
import type { Room } from '../../../../shared/schemas/room';
import { formatDate, formatTimeRange } from '../../i18n/format';
import { t } from '../../i18n';
import { groupSlotsByDay } from '../../lib/slot-days';
import { useSession } from '../../session/session-context';

interface Placed {
  room: Room;
  proposal: Proposal;
}

/** The published agenda as a list: slot by slot, room by room. Read-only. */
export function AgendaList() {
  const session = useSession();
  const tz = () => session.state.event?.timezone ?? 'UTC';
  const placedIn = createMemo(() => {
    const rooms = new Map(session.state.rooms.map((r) => [r.id, r]));
    const proposals = new Map(session.state.proposals.map((p) => [p.id, p]));
    const bySlot = new Map<string, Placed[]>();
    for (const p of session.state.placements) {
      const room = rooms.get(p.roomId);
      const proposal = proposals.get(p.proposalId);
      if (!room || !proposal) continue;
      bySlot.set(p.slotId, [...(bySlot.get(p.slotId) ?? []), { room, proposal }]);
    }
    for (const list of bySlot.values()) list.sort((a, b) => a.room.position - b.room.position);
    return bySlot;
  });
  const days = createMemo(() =>
    groupSlotsByDay(
      session.state.slots.filter((s) => s.kind !== 'session' || placedIn().has(s.id)),
      tz(),
    ),
  );

  return (
    <section class="card agenda" aria-labelledby="agenda-title" data-testid="agenda">
      <h2 id="agenda-title" class="card__title">
        {t('agenda.title')}
      </h2>
      <Show when={placedIn().size > 0} fallback={<p class="empty-state">{t('agenda.empty')}</p>}>
        <For each={days()}>
          {(day) => (
            <div class="agenda__day">
              <Show when={days().length > 1}>
                <h3 class="agenda__day-title">{formatDate(day.date)}</h3>
              </Show>
              <ol class="agenda__slots" role="list">
                <For each={day.slots}>
                  {(slot) => (
                    <li
                      class="agenda__slot"
                      classList={{ 'agenda__slot--break': slot.kind !== 'session' }}
                    >
                      <time class="agenda__time">
                        {formatTimeRange(slot.startsAt, slot.endsAt, tz())}
                      </time>
                      <div class="agenda__sessions">
                        <Show when={slot.kind !== 'session'}>
                          <span class="agenda__label">
                            {slot.label || t(`slotKind.${slot.kind}`)}
                          </span>
                        </Show>
                        <For each={placedIn().get(slot.id) ?? []}>
                          {(placed) => (
                            <div class="agenda__session">
                              <span class="agenda__room">{placed.room.name}</span>
                              <span class="agenda__session-title">{placed.proposal.title}</span>
                            </div>
                          )}
                        </For>
                      </div>
                    </li>
                  )}
                </For>
              </ol>
            </div>
          )}
        </For>
      </Show>
    </section>
  );
}
