'use client';

import { useEffect, useEffectEvent } from 'react';

type EditorKeys = { save: () => void; publish?: () => void; unsaved: () => boolean };

/** Ctrl/⌘+S saves the draft and Ctrl/⌘+Enter publishes; leaving with unsaved changes asks first. */
export function useEditorKeys({ save, publish, unsaved }: EditorKeys) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!event.ctrlKey && !event.metaKey) return;
    if (event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    } else if (event.key === 'Enter' && publish) {
      event.preventDefault();
      publish();
    }
  });
  const onLeave = useEffectEvent((event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault();
  });
  useEffect(() => {
    const key = (event: KeyboardEvent) => onKey(event);
    const leave = (event: BeforeUnloadEvent) => onLeave(event);
    window.addEventListener('keydown', key);
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('keydown', key);
      window.removeEventListener('beforeunload', leave);
    };
  }, []);
}
