// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BoughtForm } from '../../src/ui/components/BoughtForm';
import { Watchlist } from '../../src/ui/components/Watchlist';
import { translator } from '../../src/ui/i18n';
import type { ReturnsGroupView } from '../../src/ui/returns-view';
import { CARTED_HOODIE, purchaseView, sku } from './fixtures';
import { allByTestId, byTestId, click, mount, settle } from './render';

const t = translator('zh');

function input(el: HTMLElement, id: string, value: string) {
  const field = byTestId(el, id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function submit(el: HTMLElement) {
  byTestId(el, 'bought-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

describe('BoughtForm', () => {
  it('sends the price paid, quantity and date for the chosen SKU', async () => {
    const onSubmit = vi.fn(async () => {});
    const el = mount(
      <BoughtForm snapshot={{ price: 299, skus: [sku('s1', 'M', 3), sku('s2', 'L', 2)] }} today="2026-11-16" onSubmit={onSubmit} t={t} />,
    );
    const select = byTestId(el, 'bought-sku') as HTMLSelectElement;
    select.value = 's2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    input(el, 'bought-price', '279.5');
    input(el, 'bought-quantity', '2');
    input(el, 'bought-date', '2026-11-11');
    await settle();
    await submit(el);
    expect(onSubmit).toHaveBeenCalledWith({ skuId: 's2', unitPrice: 279.5, quantity: 2, orderedAt: '2026-11-11' });
    expect(el.textContent).toContain('已记下');
  });

  it('refuses a price of 0 without asking the background, and shows the background’s reason', async () => {
    const onSubmit = vi.fn(async () => {
      throw new Error('the purchase date is not a past date');
    });
    const el = mount(<BoughtForm snapshot={{ price: null, skus: [] }} today="2026-11-16" onSubmit={onSubmit} t={t} />);
    input(el, 'bought-price', '0');
    await settle();
    await submit(el);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(t('boughtBadInput'));
    input(el, 'bought-price', '10');
    await settle();
    await submit(el);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('the purchase date is not a past date');
  });
  it.each(['2026-11-17', '2026-02-30', '11/11/2026', ''])(
    'refuses the purchase date %j (a later day, no such day, another format)',
    async (day) => {
      const onSubmit = vi.fn(async () => {});
      const el = mount(<BoughtForm snapshot={{ price: 299, skus: [] }} today="2026-11-16" onSubmit={onSubmit} t={t} />);
      input(el, 'bought-price', '299');
      input(el, 'bought-date', day);
      await settle();
      await submit(el);
      expect(onSubmit).not.toHaveBeenCalled();
      expect(el.querySelector('[role="alert"]')?.textContent).toBe(t('boughtBadInput'));
    },
  );
});

const base = purchaseView();

const cartGroup: ReturnsGroupView = {
  kind: 'promo',
  eventId: '2026-double11-jd',
  name: '双11',
  nameEn: 'Double 11',
  phase: 'platform-fanchang',
  carted: [CARTED_HOODIE],
  bought: [],
};

describe('Watchlist with purchases (the 返场 view)', () => {
  it('shows a bought item beside the carted one: paid, now, the open claim and its link; marks it claimed', async () => {
    const onClose = vi.fn(async () => {});
    const claimed = { ...base, id: 2, status: 'claimed' as const, claimedAmount: 20, claimAmount: null };
    const el = mount(
      <Watchlist
        groups={[{ ...cartGroup, bought: [base, claimed] }]}
        totalRecovered={20}
        lang="zh"
        t={t}
        onOpen={vi.fn()}
        closePurchase={onClose}
      />,
    );
    const group = byTestId(el, 'wl-group');
    expect(group.querySelector('h3')?.textContent).toContain('加购 1 件 · 已买 2 件');
    const [open, done] = allByTestId(group, 'purchase');
    expect(open!.textContent).toContain('买时 ¥359 × 2，现价 ¥329');
    expect(byTestId(open!, 'purchase-claim').textContent).toContain('可退 ¥60');
    expect(done!.textContent).toContain('已申请，退回 ¥20');
    expect([...group.querySelectorAll('li')].map((i) => i.dataset.testid)).toEqual(['purchase', 'purchase', 'wl-item']);
    expect(byTestId(el, 'recovered').textContent).toBe('已帮你退回 ¥20');
    expect(open!.querySelector('a.button')?.getAttribute('href')).toBe('https://pcsitepp-fm.jd.com/');
    const markClaimed = [...open!.querySelectorAll('button')].find((b) => b.textContent === t('purchaseMarkClaimed'))!;
    await click(markClaimed);
    expect(onClose).toHaveBeenCalledWith(1, 'claimed');
  });

  it('names the group of purchases made outside every promo, in English too', () => {
    const other: ReturnsGroupView = { kind: 'other', eventId: '', name: '', nameEn: '', phase: 'none', carted: [], bought: [base] };
    const el = mount(
      <Watchlist groups={[other]} totalRecovered={0} lang="en" t={translator('en')} onOpen={vi.fn()} closePurchase={vi.fn()} />,
    );
    expect(byTestId(el, 'wl-group').querySelector('h3')?.textContent).toContain('Other purchases');
    expect(el.textContent).toContain('1 bought');
    expect(el.querySelector('[data-testid="recovered"]')).toBeNull();
  });

  it('says when no sourced rule covers a shop', () => {
    const el = mount(
      <Watchlist
        groups={[{ ...cartGroup, bought: [{ ...base, window: null, noWindow: 'no-rule', claimAmount: null }] }]}
        totalRecovered={0}
        lang="zh"
        t={t}
        onOpen={vi.fn()}
        closePurchase={vi.fn()}
      />,
    );
    expect(el.textContent).toContain(t('purchaseNoWindow'));
  });
});

describe('ProtectSection', () => {
  it('lists the built-in rules with their sources, says which platforms have none, and adds a shop’s window', async () => {
    const { ProtectSection } = await import('../../src/ui/options/ProtectSection');
    const onSave = vi.fn(async () => {});
    const el = mount(<ProtectSection windows={[]} onSave={onSave} lang="zh" t={t} />);
    const rules = byTestId(el, 'protect-rules').textContent ?? '';
    expect(rules).toContain('京东自营价保 7 天');
    expect(rules).toContain('help.jd.com');
    expect(rules).toContain('淘宝：没有找到可查证的公开规则');
    const siteSelect = byTestId(el, 'protect-site') as HTMLSelectElement;
    siteSelect.value = 'pinduoduo';
    siteSelect.dispatchEvent(new Event('change', { bubbles: true }));
    input(el, 'protect-shop', ' 枣乡人家 ');
    input(el, 'protect-days', '30');
    await settle();
    byTestId(el, 'protect-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(onSave).toHaveBeenCalledWith([{ site: 'pinduoduo', shop: '枣乡人家', days: 30 }]);
  });
});
