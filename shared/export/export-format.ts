/** The JSON export's name and version (schemas/event-export.ts has its shape), without TypeBox. */
export const EXPORT_FORMAT = 'knyta-event';
/** Version 2 fills each session's `notes`; version 1 files (notes always empty) still import. */
export const EXPORT_VERSION = 2;
export const EXPORT_VERSIONS_READ = [1, 2] as const;

/** Enough for 12 rooms × 10 slots × 120 sessions many times over (notes: per session), and no more. */
export const EXPORT_MAX = { rooms: 200, slots: 500, sessions: 2000, notes: 1000 } as const;
