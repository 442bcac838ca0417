/** What kind of session a proposal is. */
export const FORMATS = ['talk', 'discussion', 'workshop', 'demo', 'other'] as const;
export type Format = (typeof FORMATS)[number];
