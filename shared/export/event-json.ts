import type { EventExport } from '../schemas/event-export';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import type { ExportSource } from './export-source';

/** The whole event as the documented, versioned JSON file (schemas/event-export.ts). */
export function buildEventExport(source: ExportSource, exportedAt: string): EventExport {
  const { event } = source;
  const sessionIds = new Set(source.proposals.map((p) => p.id));
  // A slot made a break after sessions were placed in it keeps their rows, but no grid or
  // agenda shows them there: neither does the file, so that every export imports.
  const notesOf = new Map<string, EventExport['sessions'][number]['notes']>();
  for (const { proposalId, text, authorName, hidden, createdAt } of source.notes ?? []) {
    const list = notesOf.get(proposalId) ?? [];
    list.push({ text, authorName, hidden, createdAt });
    notesOf.set(proposalId, list);
  }
  const sessionSlots = new Set(source.slots.filter((s) => s.kind === 'session').map((s) => s.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    event: {
      name: event.name,
      date: event.date,
      timezone: event.timezone,
      language: event.language,
      phase: event.phase,
      dotsPerParticipant: event.dotsPerParticipant,
      maxDotsPerProposal: event.maxDotsPerProposal,
      blindVoting: event.blindVoting,
    },
    rooms: [...source.rooms]
      .sort((a, b) => a.position - b.position)
      .map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, notes: r.notes })),
    slots: source.slots.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      kind: s.kind,
      label: s.label,
    })),
    sessions: source.proposals.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      hosts: p.hosts,
      format: p.format,
      hidden: p.hidden,
      dots: p.dots ?? 0,
      voters: p.voters ?? 0,
      stars: source.stars?.[p.id] ?? 0,
      notes: notesOf.get(p.id) ?? [],
    })),
    placements: source.placements
      .filter((p) => sessionIds.has(p.proposalId) && sessionSlots.has(p.slotId))
      .map((p) => ({
        sessionId: p.proposalId,
        roomId: p.roomId,
        slotId: p.slotId,
        pinned: p.pinned,
      })),
  };
}
