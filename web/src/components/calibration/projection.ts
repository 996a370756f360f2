import { useEffect, useState } from 'preact/hooks';

/**
 * How the workshop page is projected: big type and high contrast, scaled to the screen the room
 * sees. The colours hold at least 7:1 (WCAG AAA) so a washed-out projector still reads them.
 */
export const PROJECTION_COLOURS = {
  text: '#0b0f19',
  background: '#ffffff',
  muted: '#374151',
  accent: '#0b3d91',
  flag: '#7a1d00',
  flagBackground: '#fff4e5',
} as const;

export interface Projection {
  /** Dimensions side by side. */
  columns: 1 | 2;
  /** Base type size in CSS pixels. */
  fontPx: number;
}

/** 1280 px (a beamer's usual width): one column at 24 px; from 1600 px (full HD): two columns at 28 px. */
export const projectionFor = (width: number): Projection =>
  width >= 1600 ? { columns: 2, fontPx: 28 } : { columns: 1, fontPx: width >= 1200 ? 24 : 20 };

/** The projection for the current window, following resizes. */
export const useProjection = (): Projection => {
  const read = () => projectionFor(typeof window === 'undefined' ? 1280 : window.innerWidth);
  const [projection, setProjection] = useState(read);
  useEffect(() => {
    const onResize = () => setProjection(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return projection;
};
