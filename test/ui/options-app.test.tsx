// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, OnDataProgress } from '../../src/ui/options/DataSection';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import type { Site } from '../../src/core/types';
import type { MessageKey } from '../../src/ui/i18n';
import { checkDraft, shanghaiInstant, shanghaiLocal, type EventDraft } from '../../src/ui/options/promo-event-form';
import { overridesFrom, THRESHOLD_FIELDS, fieldKey, shownValue, effectiveThresholds } from '../../src/ui/options/threshold-fields';
import { fakeOptionsClient } from './fake-clients';
import { allByTestId, byTestId, click, mount, settle, typeInto } from './render';

async function submit(button: HTMLElement) {
  await click(button);
  await settle();
}

describe('the options page', () => {
  it('loads every section and saves the sizes', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    for (const id of ['sizes', 'watches', 'notifications', 'thresholds', 'events', 'panel', 'language', 'data']) {
      expect(byTestId(el, `section-${id}`)).toBeTruthy();
    }
    expect((byTestId(el, 'size-top') as HTMLInputElement).value).toBe('M');
    await typeInto(byTestId(el, 'size-bottom') as HTMLInputElement, ' 29 ');
    await submit(byTestId(el, 'save-sizes'));
    expect(client.save).toHaveBeenCalledWith('sizes', { top: 'M', bottom: '29', shoe: '40' });
    expect(byTestId(el, 'section-sizes').textContent).toContain('已保存');
  });

  it('saves only the thresholds that differ from the defaults, as stored units', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    await typeInto(byTestId(el, 'threshold-nearExpiryDays.food') as HTMLInputElement, '45');
    await typeInto(byTestId(el, 'threshold-weakDiscountRatio') as HTMLInputElement, '15');
    await submit(byTestId(el, 'save-thresholds'));
    expect(client.save).toHaveBeenCalledWith('thresholds', { nearExpiryDays: { food: 45 }, weakDiscountRatio: 0.15 });
  });

  it('refuses an out-of-range threshold and says the range', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    await typeInto(byTestId(el, 'threshold-hoardingMonths') as HTMLInputElement, '0');
    expect((byTestId(el, 'save-thresholds') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(el, 'section-thresholds').textContent).toContain('请填 1 到 24 之间的数');
  });

  it('saves notification preferences with quiet hours', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    await click(byTestId(el, 'notify-restock'));
    await click(byTestId(el, 'quiet-enabled'));
    await typeInto(byTestId(el, 'check-minutes') as HTMLInputElement, '60');
    await submit(byTestId(el, 'save-notifications'));
    expect(client.save).toHaveBeenCalledWith('notifications', {
      enabledKinds: ['price'],
      quietHours: { start: '22:00', end: '08:00' },
      checkPeriodMinutes: 60,
    });
  });

  it('adds a custom promo event in Beijing time, and explains a wrong one', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    await typeInto(byTestId(el, 'event-name') as HTMLInputElement, '店庆');
    await typeInto(byTestId(el, 'event-main') as HTMLInputElement, '2026-03-10T20:00');
    await typeInto(byTestId(el, 'event-end') as HTMLInputElement, '2026-03-01T20:00');
    await submit(byTestId(el, 'add-event'));
    expect(byTestId(el, 'event-problem').textContent).toContain('时间顺序不对');
    expect(client.save).not.toHaveBeenCalled();

    await typeInto(byTestId(el, 'event-end') as HTMLInputElement, '2026-03-12T23:59');
    await submit(byTestId(el, 'add-event'));
    const [key, events] = (client.save as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(key).toBe('customEvents');
    expect(events).toEqual([
      expect.objectContaining({
        name: '店庆',
        nameEn: '店庆',
        mainAt: '2026-03-10T20:00:00+08:00',
        endAt: '2026-03-12T23:59:00+08:00',
        preSaleAt: null,
      }),
    ]);
    expect(allByTestId(el, 'user-event')).toHaveLength(1);
  });

  it('brings the panel back on a hidden site and switches the language at once', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    expect(byTestId(el, 'hidden-sites').textContent).toContain('淘宝');
    await click(byTestId(el, 'restore-taobao'));
    await settle();
    expect(client.save).toHaveBeenCalledWith('dismissedPanelSites', []);
    expect(byTestId(el, 'hidden-sites-empty')).toBeTruthy();
    await click(byTestId(el, 'lang-en'));
    await settle();
    expect(client.save).toHaveBeenCalledWith('lang', 'en');
    expect(el.querySelector('h1')?.textContent).toBe('Fanchang Radar options');
  });

  it('pauses and removes watches, and resumes a host behind a login wall', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    expect(byTestId(el, 'watch').textContent).toContain('M 到货');
    expect(byTestId(el, 'blocked-host').textContent).toContain('item.taobao.com 需要登录');
    await click(byTestId(el, 'pause-watch'));
    await click(byTestId(el, 'remove-watch'));
    await click(byTestId(el, 'blocked-host').querySelector('button')!);
    await settle();
    expect(client.pauseWatch).toHaveBeenCalledWith(1);
    expect(client.removeWatch).toHaveBeenCalledWith(1);
    expect(client.resumeHostChecks).toHaveBeenCalledWith('item.taobao.com');
    expect(client.listWatches).toHaveBeenCalledTimes(4);
  });

  it('says so when pausing a watch fails, and shows the watches as they are', async () => {
    const client = fakeOptionsClient();
    client.pauseWatch = vi.fn(() => Promise.reject(new Error('no-such-watch')));
    const el = mount(<OptionsApp client={client} />);
    await settle();
    await click(byTestId(el, 'pause-watch'));
    await settle();
    expect(byTestId(el, 'watch-problem').textContent).toContain('no-such-watch');
    expect(client.listWatches).toHaveBeenCalledTimes(2);
  });

  it('deletes all data only after a confirmation', async () => {
    const client = fakeOptionsClient();
    const el = mount(<OptionsApp client={client} />);
    await settle();
    await click(byTestId(el, 'delete-data'));
    expect(client.deleteAllData).not.toHaveBeenCalled();
    await click(byTestId(el, 'confirm-delete-yes'));
    await settle();
    expect(client.deleteAllData).toHaveBeenCalledTimes(1);
    expect(byTestId(el, 'data-status').textContent).toBe('已删除全部数据。');
  });

  it('shows the import progress as it comes, and keeps the rest of the page usable meanwhile', async () => {
    let finish: (outcome: ImportOutcome) => void = () => {};
    const client = fakeOptionsClient({
      importData: vi.fn((_file: Blob, onProgress: OnDataProgress) => {
        onProgress({ phase: 'storing', done: 5000, total: 14000 });
        return new Promise<ImportOutcome>((resolve) => (finish = resolve));
      }),
    });
    const el = mount(<OptionsApp client={client} />);
    await settle();
    const input = byTestId(el, 'import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    const bar = byTestId(el, 'data-progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([5000, 14000]);
    expect(byTestId(el, 'data-status').textContent).toBe('正在保存：5000 / 14000 行');
    expect((byTestId(el, 'export-data') as HTMLButtonElement).disabled).toBe(true);
    expect(el.querySelectorAll('input:disabled:not([type="file"]), select:disabled').length).toBe(0);
    finish({ ok: true, summary: '1 个商品' });
    await settle();
    expect(el.querySelector('[data-testid="data-progress"]')).toBeNull();
    expect(byTestId(el, 'data-status').textContent).toContain('已导入');
  });

  it('reports a rejected import in words and leaves the settings alone', async () => {
    const client = fakeOptionsClient({ importData: vi.fn(async () => ({ ok: false as const, error: 'not a Fanchang Radar backup' })) });
    const el = mount(<OptionsApp client={client} />);
    await settle();
    const input = byTestId(el, 'import-file') as HTMLInputElement;
    const file = new File(['{"hello":1}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    // The page hands the chosen file over unread.
    expect(client.importData).toHaveBeenCalledWith(file, expect.any(Function));
    expect(byTestId(el, 'data-status').textContent).toContain('没有导入，数据没有改动：not a Fanchang Radar backup');
    expect(client.settings).toHaveBeenCalledTimes(1);
  });
});

describe('threshold fields', () => {
  it('show ratios as percentages and round-trip to the stored overrides', () => {
    const shown = Object.fromEntries(
      THRESHOLD_FIELDS.map((f) => [fieldKey(f), shownValue(effectiveThresholds({ samePriceRatio: 0.02 }), f)]),
    );
    expect(shown.samePriceRatio).toBe(2);
    expect(overridesFrom(shown)).toEqual({ samePriceRatio: 0.02 });
  });
});

describe('promo event drafts', () => {
  it('read datetime-local values as Beijing time, both ways', () => {
    expect(shanghaiInstant('2026-11-11T20:00')).toBe('2026-11-11T20:00:00+08:00');
    expect(shanghaiInstant('')).toBeNull();
    expect(shanghaiLocal('2026-11-11T12:00:00Z')).toBe('2026-11-11T20:00');
  });

  it.each([
    [{ name: '' }, 'eventNeedsName'],
    [{ platforms: [] as Site[] }, 'eventNeedsPlatform'],
    [{ mainAt: '' }, 'eventNeedsTimes'],
    [{ preSaleAt: '2026-03-11T00:00' }, 'eventTimesOrder'],
  ] satisfies Array<[Partial<EventDraft>, MessageKey]>)('%j is refused with %s', (patch, problem) => {
    const draft: EventDraft = {
      name: '店庆',
      nameEn: '',
      platforms: ['jd'],
      preSaleAt: '',
      mainAt: '2026-03-10T20:00',
      endAt: '2026-03-12T23:59',
      ...patch,
    };
    expect(checkDraft(draft, 'user-1')).toEqual({ ok: false, problem });
  });
});
