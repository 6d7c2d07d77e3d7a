/**
 * Between the panel's frame (an extension page) and the content script that placed it on the
 * shop's page. The frame's messages carry only its size: the shop's page hears every message sent
 * to its window, and can measure the frame anyway. The content script believes a message only
 * when its source is the frame's own window, which the page cannot forge.
 */
export type Side = 'left' | 'right';

export type FrameMessage = { fanchangPanel: 'size'; width: number; height: number } | { fanchangPanel: 'close' };

/** Content script -> frame: the product was read again, or the panel moved to the other edge. */
export type HostMessage = { fanchangPanel: 'refresh' } | { fanchangPanel: 'side'; side: Side };

/** Empty space around the panel inside the frame, so its shadow is not cut off. */
export const FRAME_PADDING = 8;

/** The largest frame the panel asks for; a bound, so a broken layout cannot cover the page. */
const MAX_EDGE = 2000;

const isEdge = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_EDGE;

export function readFrameMessage(data: unknown): FrameMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.fanchangPanel === 'close') return { fanchangPanel: 'close' };
  if (m.fanchangPanel === 'size' && isEdge(m.width) && isEdge(m.height)) return { fanchangPanel: 'size', width: m.width, height: m.height };
  return null;
}

export function readHostMessage(data: unknown): HostMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.fanchangPanel === 'refresh') return { fanchangPanel: 'refresh' };
  if (m.fanchangPanel === 'side' && (m.side === 'left' || m.side === 'right')) return { fanchangPanel: 'side', side: m.side };
  return null;
}
