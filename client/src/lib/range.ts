/** 0, 1, …, n − 1. */
export const range = (n: number): number[] => Array.from({ length: Math.max(0, n) }, (_, i) => i);
