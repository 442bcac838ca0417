/** What a time slot holds: parallel sessions, a break, or one plenary for everybody. */
export const SLOT_KINDS = ['session', 'break', 'plenary'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
