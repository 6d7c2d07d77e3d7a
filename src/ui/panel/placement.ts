/**
 * Where the in-page panel goes: against a screen edge, never over the shop's buy or cart buttons.
 * Pure geometry, so it is tested without a browser.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  side: 'left' | 'right';
  /** Distance from the viewport's top edge, in CSS pixels. */
  top: number;
}

const MARGIN = 12;
/** Vertical anchor points tried, as fractions of the free height: bottom first, where badges live. */
const VERTICAL_STOPS = [1, 0.75, 0.5, 0.25, 0];

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap
  );
}

/**
 * Candidate positions right edge first (the shops put buy buttons in the middle or left column),
 * bottom to top, with a stop just above each button; the first one clear of every button rect wins. When none is clear (a page full of
 * buttons), the one overlapping the least button area is used.
 */
export function placePanel(
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
  avoid: readonly Rect[],
): Placement {
  const freeHeight = Math.max(0, viewport.height - panel.height - 2 * MARGIN);
  // Just above each button or bar, lowest first: on a phone the panel then rests on the buy bar
  // instead of jumping a quarter of the screen up.
  const aboveButtons = [...avoid]
    .map((b) => Math.round(b.top - panel.height - MARGIN))
    .filter((top) => top >= MARGIN && top <= MARGIN + freeHeight)
    .sort((a, b) => b - a);
  const tops = [
    Math.round(MARGIN + freeHeight * VERTICAL_STOPS[0]!),
    ...aboveButtons,
    ...VERTICAL_STOPS.slice(1).map((stop) => Math.round(MARGIN + freeHeight * stop)),
  ];
  const candidates: Array<Placement & { rect: Rect }> = [];
  for (const side of ['right', 'left'] as const) {
    for (const top of tops) {
      const left = side === 'right' ? viewport.width - panel.width - MARGIN : MARGIN;
      candidates.push({ side, top, rect: { left, top, width: panel.width, height: panel.height } });
    }
  }
  const overlapArea = (r: Rect) =>
    avoid.reduce((sum, b) => {
      const w = Math.min(r.left + r.width, b.left + b.width) - Math.max(r.left, b.left);
      const h = Math.min(r.top + r.height, b.top + b.height) - Math.max(r.top, b.top);
      return sum + (w > 0 && h > 0 ? w * h : 0);
    }, 0);
  const clear = candidates.find((c) => avoid.every((b) => !overlaps(c.rect, b, 4)));
  const best = clear ?? [...candidates].sort((a, b) => overlapArea(a.rect) - overlapArea(b.rect))[0]!;
  return { side: best.side, top: best.top };
}

/** Button rects that can matter: visible, in or near the viewport. */
export function visibleRects(rects: readonly Rect[], viewport: { width: number; height: number }): Rect[] {
  return rects.filter(
    (r) =>
      r.width > 0 && r.height > 0 && r.top < viewport.height && r.top + r.height > 0 && r.left < viewport.width && r.left + r.width > 0,
  );
}
