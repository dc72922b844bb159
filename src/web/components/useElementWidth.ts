import { useEffect, useState } from 'react';

/**
 * The rendered width of an element, kept current as the window resizes. The charts draw at their
 * real pixel width so their text stays at a readable size on a phone instead of being scaled down.
 * Returns a callback ref, so an element that appears after the first render is measured too.
 */
export function useElementWidth(fallback: number): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}
