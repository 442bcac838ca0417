import { lazy } from 'solid-js';

/**
 * The pitch form loads when it is first opened: most phones at a big event vote and never
 * pitch, and the first load has to stay under 60 KB.
 */
export const PitchForm = lazy(() => import('./pitch-form').then((m) => ({ default: m.PitchForm })));
