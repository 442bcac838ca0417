/** The JSON export's name and version (schemas/event-export.ts has its shape), without TypeBox. */
export const EXPORT_FORMAT = 'knyta-event';
export const EXPORT_VERSION = 1;

/** Enough for 12 rooms × 10 slots × 120 sessions many times over, and no more. */
export const EXPORT_MAX = { rooms: 200, slots: 500, sessions: 2000 } as const;
