import type { PartDictionary } from './plural';
import type { enScreen } from './screen.en';

/** Svenska for the screen screens: the type makes a missing or extra key a compile error. */
export const svScreen: PartDictionary<typeof enScreen> = {};
