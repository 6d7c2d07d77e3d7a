import { describe, expect, it } from 'vitest';
import { placePanel, visibleRects, type Rect } from '../../src/ui/panel/placement';
import { pageScheme } from '../../src/ui/panel/page-scheme';

const viewport = { width: 1280, height: 800 };
const badge = { width: 180, height: 36 };

function rectOf(p: { side: 'left' | 'right'; top: number }, size = badge): Rect {
  return { left: p.side === 'right' ? viewport.width - size.width - 12 : 12, top: p.top, width: size.width, height: size.height };
}
const intersects = (a: Rect, b: Rect) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placePanel', () => {
  it('sits at the bottom right when nothing is in the way', () => {
    expect(placePanel(viewport, badge, [])).toEqual({ side: 'right', top: 800 - 36 - 12 });
  });

  it('moves up the right edge to clear a sticky buy bar at the bottom right', () => {
    const buyBar: Rect = { left: 900, top: 740, width: 380, height: 60 };
    const p = placePanel(viewport, badge, [buyBar]);
    expect(p.side).toBe('right');
    expect(intersects(rectOf(p), buyBar)).toBe(false);
  });

  it('switches to the left edge when the whole right edge is covered', () => {
    const column: Rect = { left: 1000, top: 0, width: 280, height: 800 };
    const p = placePanel(viewport, badge, [column]);
    expect(p.side).toBe('left');
  });

  it('clears an expanded panel too, not only the badge', () => {
    const body = { width: 340, height: 520 };
    const cart: Rect = { left: 1000, top: 600, width: 200, height: 44 };
    const p = placePanel(viewport, body, [cart]);
    expect(intersects(rectOf(p, body), cart)).toBe(false);
  });

  it('in a page full of buttons, takes the spot that covers the least', () => {
    const everywhere: Rect[] = [
      { left: 0, top: 0, width: 1280, height: 400 },
      { left: 0, top: 400, width: 640, height: 400 },
      { left: 640, top: 780, width: 640, height: 20 },
    ];
    const p = placePanel(viewport, badge, everywhere);
    expect(p.side).toBe('right');
    expect(p.top).toBeGreaterThanOrEqual(400);
  });
});

describe('placePanel on a phone', () => {
  const phone = { width: 390, height: 844 };
  const phoneBadge = { width: 144, height: 44 };
  const buyBar: Rect = { left: 0, top: 794, width: 390, height: 50 };

  it('rests just above a full-width bottom buy bar, not a quarter of the screen up', () => {
    const placed = placePanel(phone, phoneBadge, [buyBar]);
    expect(placed).toEqual({ side: 'right', top: 794 - 44 - 12 });
  });

  it('keeps an opened panel clear of the bar too', () => {
    const opened = { width: 340, height: 520 };
    const placed = placePanel(phone, opened, [buyBar]);
    expect(placed.top + opened.height).toBeLessThanOrEqual(buyBar.top);
    expect(placed.top).toBeGreaterThanOrEqual(12);
  });
});

describe('visibleRects', () => {
  it('drops hidden and off-screen buttons', () => {
    const rects: Rect[] = [
      { left: 10, top: 10, width: 0, height: 0 },
      { left: 10, top: 2000, width: 100, height: 40 },
      { left: 10, top: 100, width: 100, height: 40 },
    ];
    expect(visibleRects(rects, viewport)).toEqual([rects[2]]);
  });
});

describe('pageScheme', () => {
  function fakePage({
    body = 'rgba(0, 0, 0, 0)',
    html = 'rgba(0, 0, 0, 0)',
    colorScheme = 'normal',
    meta = null as string | null,
    prefersDark = false,
  }) {
    const doc = {
      body: { id: 'body' },
      documentElement: { id: 'html' },
      querySelector: () => (meta === null ? null : { content: meta }),
    } as unknown as Document;
    const win = {
      getComputedStyle: (el: { id: string }) => ({ backgroundColor: el.id === 'body' ? body : html, colorScheme }),
      matchMedia: () => ({ matches: prefersDark }),
    } as unknown as Window;
    return pageScheme(doc, win);
  }

  it.each([
    [{ body: 'rgb(255, 255, 255)' }, 'light'],
    [{ body: 'rgb(18, 18, 18)', prefersDark: false }, 'dark'],
    [{ html: 'rgb(30, 30, 32)' }, 'dark'],
    [{ prefersDark: true }, 'light'],
    [{ meta: 'dark' }, 'dark'],
    [{ meta: 'light dark', prefersDark: true }, 'dark'],
    [{ meta: 'light dark', prefersDark: false }, 'light'],
    [{ body: 'rgb(250, 250, 250)', meta: 'dark' }, 'light'],
  ] as const)('%j is %s', (page, scheme) => {
    expect(fakePage(page)).toBe(scheme);
  });
});
