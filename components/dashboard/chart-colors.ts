/** Series colours readable on both the light and the dark background. */
export const seriesColors = { recall: '#2f74d0', accuracy: '#d97706', due: '#2f74d0', score: '#2f74d0', passMark: '#d97706' } as const;

/** Axis text and grid follow the surrounding text colour, so dark mode needs no second palette. */
export const axisTick = { fill: 'currentColor', fontSize: 12 } as const;
export const tooltipStyle = { backgroundColor: 'var(--color-slate-900)', border: 'none', borderRadius: 6, color: 'white', fontSize: 13 } as const;
