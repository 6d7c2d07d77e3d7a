// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';

const plots = vi.hoisted(() => [] as Array<{ cursorAt: Array<{ left: number; top: number }> }>);

// happy-dom has no canvas: a stand-in plot with uPlot's cursor overlay at a known place.
vi.mock('uplot', () => ({
  default: class {
    static paths = { stepped: () => () => null };
    cursor = { idx: null };
    over: HTMLDivElement;
    cursorAt: Array<{ left: number; top: number }> = [];
    constructor(_opts: unknown, _data: unknown, host: HTMLElement) {
      this.over = document.createElement('div');
      this.over.getBoundingClientRect = () =>
        ({ left: 10, top: 100, width: 300, height: 150, right: 310, bottom: 250, x: 10, y: 100 }) as DOMRect;
      host.append(this.over);
      plots.push(this);
    }
    setSize() {}
    setCursor(at: { left: number; top: number }) {
      this.cursorAt.push(at);
    }
    valToPos() {
      return 0;
    }
    destroy() {}
  },
}));

import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { buildChartModel } from '../../src/ui/chart/chart-model';
import { PriceChart } from '../../src/ui/chart/PriceChart';
import { translator } from '../../src/ui/i18n';
import { HOODIE_HISTORY, NOW } from './fixtures';
import { byTestId, mount, settle } from './render';

const model = buildChartModel({
  history: HOODIE_HISTORY,
  events: DEFAULT_PROMO_EVENTS,
  now: NOW,
  range: 'all',
  promoPrice: 299,
  prepromoLow: 399,
});

async function pointer(el: Element, type: string, pointerType: string, clientX: number, clientY: number) {
  await act(async () => {
    el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType, clientX, clientY }));
  });
}

describe('PriceChart under a finger', () => {
  it('puts the cursor where a finger lands or drags, inside the plot only; the mouse is left to uPlot', async () => {
    plots.length = 0;
    const root = mount(<PriceChart model={model} lang="zh" t={translator('zh')} currency="CNY" />);
    await settle();
    const plot = plots.at(-1)!;
    const over = byTestId(root, 'price-chart').querySelector('div')!;
    await pointer(over, 'pointerdown', 'touch', 160, 175);
    await pointer(over, 'pointermove', 'touch', 200, 180);
    await pointer(over, 'pointermove', 'touch', 400, 180);
    await pointer(over, 'pointermove', 'mouse', 100, 120);
    expect(plot.cursorAt).toEqual([
      { left: 150, top: 75 },
      { left: 190, top: 80 },
    ]);
  });
});
