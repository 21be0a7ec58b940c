import type { ReactNode } from 'react';
import { tableClass } from './format';

/**
 * A table that scrolls sideways on narrow screens. The scroll box is focusable and named, so
 * keyboard users can scroll it too.
 */
export function ScrollTable({ caption, className = '', children }: { caption: string; className?: string; children: ReactNode }) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={caption}>
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
