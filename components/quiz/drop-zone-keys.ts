import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

const next = new Set(['ArrowDown', 'ArrowRight']);
const previous = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Keyboard dragging for matching: each arrow press jumps straight to the next or previous drop
 * zone (in reading order) instead of nudging the chip 25 px at a time. From the pool, Down goes to
 * the first prompt and Up to the last.
 */
export const jumpBetweenDropZones: KeyboardCoordinateGetter = (event, { context: { droppableContainers, droppableRects, over } }) => {
  if (!next.has(event.code) && !previous.has(event.code)) return undefined;
  event.preventDefault();
  const zones = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  if (zones.length === 0) return undefined;
  const current = zones.findIndex((zone) => zone.id === over?.id);
  const index = next.has(event.code) ? Math.min(current + 1, zones.length - 1) : current === -1 ? zones.length - 1 : Math.max(current - 1, 0);
  const { rect } = zones[index];
  return { x: rect.left, y: rect.top };
};
