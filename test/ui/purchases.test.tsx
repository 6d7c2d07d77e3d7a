// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PurchaseView } from '../../src/messaging/protect-messages';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { BoughtForm } from '../../src/ui/components/BoughtForm';
import { Purchases } from '../../src/ui/components/Purchases';
import { translator } from '../../src/ui/i18n';
import { sku } from './fixtures';
import { byTestId, click, mount, settle } from './render';

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

const base: PurchaseView = {
  id: 1,
  productKey: 'jd:100052117832',
  site: 'jd',
  itemId: '100052117832',
  skuId: '100052117832',
  title: '修护保湿面霜 50g',
  image: null,
  unitPrice: 359,
  quantity: 2,
  orderedAt: '2026-11-11T02:00:00.000Z',
  shop: '肌本护肤京东自营旗舰店',
  source: 'order-page',
  status: 'open',
  claimedAmount: null,
  closedAt: null,
  window: {
    endsAt: '2026-11-18T02:00:00.000Z',
    days: 7,
    ruleName: '京东自营价保 7 天',
    ruleNameEn: 'JD 7 days',
    source: 'help.jd.com',
    estimated: true,
  },
  noWindow: null,
  priceNow: 329,
  claimAmount: 60,
  claimUrl: 'https://pcsitepp-fm.jd.com/',
  productUrl: 'https://item.jd.com/100052117832.html',
};

describe('Purchases', () => {
  it('shows an open claim with its amount, deadline, promo and claim link; marks it claimed', async () => {
    const onClose = vi.fn(async () => {});
    const el = mount(
      <Purchases
        list={{ purchases: [base, { ...base, id: 2, status: 'claimed', claimedAmount: 20, claimAmount: null }], totalRecovered: 20 }}
        events={DEFAULT_PROMO_EVENTS}
        lang="zh"
        t={t}
        onOpen={vi.fn()}
        onClose={onClose}
      />,
    );
    expect(byTestId(el, 'purchase-claim').textContent).toContain('可退 ¥60');
    expect(el.textContent).toContain('已帮你退回 ¥20');
    expect(el.textContent).toContain('双11');
    expect(el.querySelector('a.button')?.getAttribute('href')).toBe('https://pcsitepp-fm.jd.com/');
    const claimed = [...el.querySelectorAll('button')].find((b) => b.textContent === t('purchaseMarkClaimed'))!;
    await click(claimed);
    expect(onClose).toHaveBeenCalledWith(1, 'claimed');
  });

  it('says when no sourced rule covers a shop', () => {
    const el = mount(
      <Purchases
        list={{ purchases: [{ ...base, window: null, noWindow: 'no-rule', claimAmount: null }], totalRecovered: 0 }}
        events={[]}
        lang="zh"
        t={t}
        onOpen={vi.fn()}
        onClose={vi.fn()}
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
