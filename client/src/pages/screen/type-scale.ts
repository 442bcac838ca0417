/** The projector's type: sizes in px worked out from the screen, shared by its layouts. */

/** Line height of titles and names, as in the stylesheets. */
export const LINE = 1.15;

/** 24 px on a 1080-line screen and the same share of other screens, never under 20 px. */
export const floorSize = (viewportHeight: number) => Math.max(20, (viewportHeight * 24) / 1080);

/** Host names under a title: a little smaller, never under 16 px. */
export const hostsSizeFor = (titleSize: number) => Math.max(16, titleSize * 0.8);

/** A size in px as CSS reads it, for the custom properties the layouts set. */
export const px = (n: number) => `${n.toFixed(2)}px`;
