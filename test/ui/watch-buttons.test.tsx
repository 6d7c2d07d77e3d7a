// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { WatchButtons } from '../../src/ui/components/WatchButtons';
import { translator } from '../../src/ui/i18n';
import { sku } from './fixtures';
import { byTestId, click, mount, settle } from './render';

const t = translator('zh');
const soldOut = [sku('s2', 'M', 0), sku('s3', 'L', 0)];

describe('WatchButtons', () => {
  it('watches the size chosen from the sold-out ones', async () => {
    const onWatchRestock = vi.fn(async () => {});
    const el = mount(
      <WatchButtons
        soldOut={soldOut}
        preferredSkuId="s2"
        promoPrice={299}
        currency="CNY"
        watching={{ restockSkuIds: [], price: false }}
        onWatchRestock={onWatchRestock}
        onWatchPrice={vi.fn()}
        t={t}
      />,
    );
    const select = byTestId(el, 'watch-size') as HTMLSelectElement;
    expect(select.value).toBe('s2');
    select.value = 's3';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(byTestId(el, 'watch-restock').textContent).toBe('黑色 / L 到货提醒');
    await click(byTestId(el, 'watch-restock'));
    await settle();
    expect(onWatchRestock).toHaveBeenCalledWith('s3');
    expect(byTestId(el, 'watch-restock').textContent).toBe('已设置到货提醒');
    expect((byTestId(el, 'watch-restock') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows what went wrong when the background refuses', async () => {
    const el = mount(
      <WatchButtons
        soldOut={soldOut}
        preferredSkuId={null}
        promoPrice={299}
        currency="CNY"
        watching={{ restockSkuIds: [], price: false }}
        onWatchRestock={vi.fn()}
        onWatchPrice={vi.fn(async () => {
          throw new Error('还不知道大促价');
        })}
        t={t}
      />,
    );
    await click(byTestId(el, 'watch-price'));
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('没能设置提醒：还不知道大促价');
    expect((byTestId(el, 'watch-price') as HTMLButtonElement).disabled).toBe(false);
  });

  it('explains instead of offering a button when there is nothing to watch', () => {
    const el = mount(
      <WatchButtons
        soldOut={[]}
        preferredSkuId={null}
        promoPrice={null}
        currency="CNY"
        watching={{ restockSkuIds: [], price: false }}
        onWatchRestock={vi.fn()}
        onWatchPrice={vi.fn()}
        t={t}
      />,
    );
    expect(el.querySelector('[data-testid="watch-restock"]')).toBeNull();
    expect(el.querySelector('[data-testid="watch-price"]')).toBeNull();
    expect(el.textContent).toContain('所有规格都有货');
    expect(el.textContent).toContain('还不知道这件的大促价');
  });

  it('shows alerts already set as set', () => {
    const el = mount(
      <WatchButtons
        soldOut={soldOut}
        preferredSkuId="s2"
        promoPrice={299}
        currency="CNY"
        watching={{ restockSkuIds: ['s2'], price: true }}
        onWatchRestock={vi.fn()}
        onWatchPrice={vi.fn()}
        t={t}
      />,
    );
    expect(byTestId(el, 'watch-restock').textContent).toBe('已设置到货提醒');
    expect(byTestId(el, 'watch-price').textContent).toBe('已设置降价提醒');
  });
});
