/**
 * Small inline SVG icons. Symbols such as ⏱ are emoji that many systems draw as an empty box when
 * no emoji font is installed; an SVG in currentColor looks the same everywhere and follows dark mode.
 * Decorative: the text next to each icon says what it means.
 */
const iconProps = {
  'aria-hidden': true,
  viewBox: '0 0 20 20',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.75,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function TimerIcon({ className = 'size-5' }: { className?: string }) {
  return (
    <svg {...iconProps} className={className}>
      <circle cx="10" cy="11" r="6.5" />
      <path d="M10 11V7.5M8 2.5h4M15 5l1.25-1.25" />
    </svg>
  );
}

export function WarningIcon({ className = 'size-5' }: { className?: string }) {
  return (
    <svg {...iconProps} className={className}>
      <path d="M10 3 2.5 16.5h15L10 3Z" />
      <path d="M10 8.5v3.5M10 14.5v.01" />
    </svg>
  );
}
