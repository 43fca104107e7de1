'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * Moves the focus to an element by id once React has put it on the page: after an action the focus goes to its
 * outcome (a message, the next field), never to an element that is not rendered yet.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target.id)?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
