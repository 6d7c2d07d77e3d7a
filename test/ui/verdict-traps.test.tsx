// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Trap } from '../../src/core/types';
import { DEFAULT_PROMO_EVENTS } from '../../src/promo';
import { TrapList } from '../../src/ui/components/TrapList';
import { eventNameIn } from '../../src/ui/popup/references';
import { VerdictLine } from '../../src/ui/components/VerdictLine';
import { translator } from '../../src/ui/i18n';
import { hoodieView } from './fixtures';
import { allByTestId, byTestId, mount } from './render';
import { act } from 'preact/test-utils';
import type { OpenTrapMemory } from '../../src/ui/components/TrapList';

const zh = translator('zh');

/** Opens a trap's evidence as the shopper does: its one-line head is a button. */
function open(li: HTMLElement): void {
  void act(() => li.querySelector<HTMLButtonElement>('[data-testid="trap-toggle"]')!.click());
}
const en = translator('en');

const trap = (id: Trap['id'], severity: Trap['severity'], evidence: Trap['evidence'] = { x: 1 }): Trap => ({
  id,
  severity,
  title: `${id} title`,
  detail: `${id} detail`,
  evidence,
});

describe('VerdictLine', () => {
  it('leads with the verdict, its first reason and the trap count', () => {
    const { view, verdict } = hoodieView('zh');
    const el = mount(<VerdictLine verdict={verdict} trapCount={2} t={zh} />);
    const line = byTestId(el, 'verdict');
    expect(line.dataset.verdict).toBe('skip');
    expect(line.querySelector('.verdict-label')?.textContent).toBe('别买');
    expect(line.querySelector('.verdict-reason')?.textContent).toBe(verdict.reasons[0]);
    expect(byTestId(el, 'trap-count').textContent).toBe('2 个陷阱');
    expect(line.className).toContain('tone-danger');
    expect(view.traps.length).toBeGreaterThan(0);
  });

  it('shows the 返场 timing advice when the calendar is in a window', () => {
    const { verdict } = hoodieView('en');
    const el = mount(<VerdictLine verdict={verdict} trapCount={1} t={en} />);
    expect(byTestId(el, 'verdict-timing').textContent).toMatch(/day 1 of 3/);
    expect(byTestId(el, 'trap-count').textContent).toBe('1 trap');
  });

  it('says there is no verdict yet rather than guessing when none came', () => {
    const el = mount(<VerdictLine verdict={null} trapCount={0} t={zh} />);
    expect(byTestId(el, 'verdict').dataset.verdict).toBe('none');
    expect(el.textContent).toContain('还没有结论');
    expect(el.textContent).toContain('没有陷阱');
  });
});

describe('TrapList', () => {
  it('lists the most serious traps first, keeping the rules’ order within a severity', () => {
    const traps = [
      trap('same-as-promo-price', 'info'),
      trap('below-promo-price', 'good'),
      trap('no-returns', 'warn'),
      trap('size-run', 'danger'),
      trap('fake-scarcity', 'warn'),
    ];
    const el = mount(<TrapList traps={traps} lang="zh" t={zh} />);
    expect(allByTestId(el, 'trap').map((li) => li.dataset.trap)).toEqual([
      'size-run',
      'no-returns',
      'fake-scarcity',
      'same-as-promo-price',
      'below-promo-price',
    ]);
  });

  it('shows each real trap with labelled, formatted evidence', () => {
    const { view } = hoodieView('zh');
    const el = mount(
      <TrapList traps={view.traps} lang="zh" t={zh} eventName={(id, lang) => eventNameIn(DEFAULT_PROMO_EVENTS, id, lang)} />,
    );
    const sizeRun = el.querySelector<HTMLElement>('[data-trap="size-run"]')!;
    expect(sizeRun.dataset.severity).toBe('danger');
    open(sizeRun);
    const rows = Object.fromEntries(
      [...sizeRun.querySelectorAll('.evidence-row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]),
    );
    expect(rows['你的尺码']).toBe('M');
    expect(rows['尺码类型']).toBe('上衣');
    expect(rows['还剩']).toMatch(/S/);

    const promo = el.querySelector<HTMLElement>('[data-trap="same-as-promo-price"]')!;
    open(promo);
    const promoRows = Object.fromEntries(
      [...promo.querySelectorAll('.evidence-row')].map((r) => [r.getAttribute('data-key'), r.querySelector('dd')!.textContent]),
    );
    expect(promoRows.promoPrice).toBe('¥299');
    expect(promoRows.event).toBe('双11');
  });

  it('shows one-line titles; a click opens one trap’s evidence at a time, and the last one opened stays open next time', () => {
    const traps = [trap('size-run', 'danger', { mySize: 'M' }), trap('no-returns', 'warn', { returnPolicy: 'no-7day' })];
    let remembered: Trap['id'] | null = null;
    const memory: OpenTrapMemory = { get: () => remembered, set: (id) => void (remembered = id) };
    const el = mount(<TrapList traps={traps} lang="en" t={en} memory={memory} />);
    expect(el.querySelectorAll('[data-testid="trap-evidence"]')).toHaveLength(0);
    expect(el.querySelectorAll('.trap-detail')).toHaveLength(0);
    const [first, second] = allByTestId(el, 'trap');
    open(first!);
    expect(first!.querySelector('[data-testid="trap-toggle"]')!.getAttribute('aria-expanded')).toBe('true');
    expect(first!.querySelector('.trap-detail')!.textContent).toBe('size-run detail');
    open(second!);
    expect(first!.querySelector('[data-testid="trap-evidence"]')).toBeNull();
    expect(second!.querySelector('[data-testid="trap-evidence"]')).not.toBeNull();
    expect(remembered).toBe('no-returns');

    const again = mount(<TrapList traps={traps} lang="en" t={en} memory={memory} />);
    expect(again.querySelector('[data-trap="no-returns"]')!.getAttribute('data-open')).toBe('true');
    expect(again.querySelector('[data-trap="size-run"]')!.getAttribute('data-open')).toBe('false');
    // Closing it forgets it.
    open(again.querySelector<HTMLElement>('[data-trap="no-returns"]')!);
    expect(remembered).toBeNull();
  });

  it('says plainly when there are no traps', () => {
    const el = mount(<TrapList traps={[]} lang="en" t={en} />);
    expect(byTestId(el, 'traps-empty').textContent).toBe('No traps found. Price and stock look normal.');
  });
});
