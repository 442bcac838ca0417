/** The JSON export's name and version (schemas/event-export.ts has its shape), without TypeBox. */
export const EXPORT_FORMAT = 'knyta-event';
/**
 * Version 2 fills each session's `notes`, version 3 adds its `stars`; files of versions 1 and 2
 * (notes always empty in 1, no stars before 3) still import.
 */
export const EXPORT_VERSION = 3;
export const EXPORT_VERSIONS_READ = [1, 2, 3] as const;

/** Enough for 12 rooms × 10 slots × 120 sessions many times over (notes: per session), and no more. */
export const EXPORT_MAX = { rooms: 200, slots: 500, sessions: 2000, notes: 1000 } as const;
