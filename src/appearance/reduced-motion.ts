/** Whether the reader asked for less motion: scrolling then jumps instead of gliding (WCAG 2.3.3). */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
