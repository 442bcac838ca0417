/** fill: keep every current placement; replan: keep only pinned ones. */
export const SUGGEST_MODES = ['fill', 'replan'] as const;
export type SuggestMode = (typeof SUGGEST_MODES)[number];
