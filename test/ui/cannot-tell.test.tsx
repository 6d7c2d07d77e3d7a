// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Trap, Undetermined } from '../../src/core/types';
import { CannotTellList } from '../../src/ui/components/CannotTellList';
import { translator } from '../../src/ui/i18n';
import { commonTranslator } from '../../src/ui/i18n-core';
import { PanelApp } from '../../src/ui/panel/PanelApp';
import { countTraps } from '../../src/ui/traps-view';
import { allByTestId, byTestId, mount } from './render';

const trap = (id: Trap['id'], severity: Trap['severity']): Trap => ({ id, severity, title: `${id} title`, detail: '', evidence: { x: 1 } });

const cannotVerifyList: Undetermined = {
  id: 'inflated-list-price',
  reason: '促销前 7 天内没有价格记录，无从核对划线价。',
  fields: [],
};
const expiryUnsure: Undetermined = { id: 'near-expiry', reason: '保质期读取不确定。', fields: ['expiry'] };
const confident = { confident: true, unread: [], warnings: [] };

describe('"could not judge" outcomes are quiet lines, never traps', () => {
  it('no info-level outcome is counted as a trap: info findings and undetermined rules leave the count at zero', () => {
    expect(countTraps([trap('same-as-promo-price', 'info'), trap('below-promo-price', 'good')])).toBe(0);
    expect(countTraps([trap('same-as-promo-price', 'info'), trap('no-returns', 'warn'), trap('size-run', 'danger')])).toBe(2);
  });

  it('shows one line per rule, opened for its reason and the fields it lacked', () => {
    const el = mount(<CannotTellList undetermined={[cannotVerifyList, expiryUnsure]} lang="zh" t={translator('zh')} />);
    const lines = allByTestId(el, 'cannot-tell-line');
    expect(lines.map((l) => l.dataset.rule)).toEqual(['inflated-list-price', 'near-expiry']);
    expect(lines[0]!.querySelector('summary')!.textContent).toBe('划线价是否虚高：数据不足，未判断');
    expect(lines[1]!.textContent).toContain('缺少或不确定：保质期');
    // Quiet: no severity tone, no trap markup.
    expect(el.querySelector('[class*="tone-"]')).toBeNull();
    expect(el.querySelector('[data-testid="trap"]')).toBeNull();
  });

  it('says nothing when every rule could judge', () => {
    const el = mount(<CannotTellList undetermined={[]} lang="en" t={translator('en')} />);
    expect(el.textContent).toBe('');
  });

  it('never makes the panel badge louder: an honest product with only undetermined rules stays calm', () => {
    const props = {
      verdict: { verdict: 'fine-to-wait' as const, label: '', reasons: [], timing: null },
      traps: [trap('same-as-promo-price', 'info')],
      currency: 'CNY',
      lang: 'en' as const,
      t: commonTranslator('en'),
      scheme: 'light' as const,
      placement: { side: 'right' as const, top: 10 },
      expanded: true,
      onToggle: () => {},
      onDismiss: () => {},
      quality: confident,
    };
    const quiet = mount(<PanelApp {...props} undetermined={[]} />);
    const withLines = mount(<PanelApp {...props} undetermined={[cannotVerifyList, expiryUnsure]} />);
    expect(byTestId(withLines, 'panel-count').textContent).toBe('No traps');
    expect(byTestId(withLines, 'panel-badge').className).toBe(byTestId(quiet, 'panel-badge').className);
    expect(byTestId(withLines, 'verdict').className).toBe(byTestId(quiet, 'verdict').className);
    expect(allByTestId(withLines, 'cannot-tell-line')).toHaveLength(2);
  });
});
