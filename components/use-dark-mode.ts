'use client';

import { useSyncExternalStore } from 'react';

// The theme lives in the <html> class (set before paint by theme-script.tsx), so its changes are observed there.
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDarkMode = () => document.documentElement.classList.contains('dark');

/** Whether dark mode is on; false during server rendering, where there is no <html> to ask. */
export function useDarkMode() {
  return useSyncExternalStore(subscribe, isDarkMode, () => false);
}
