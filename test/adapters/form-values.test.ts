// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inputValueAt } from '../../src/adapters/form-values';

describe('inputValueAt', () => {
  it('reads what the shopper typed, not the page’s initial attribute', () => {
    document.body.innerHTML = '<input id="buy-num" value="1">';
    (document.getElementById('buy-num') as HTMLInputElement).value = '3';
    expect(inputValueAt(document, '#buy-num')).toBe('3');
  });

  it('falls back to the attribute on non-form elements, and over selectors in order', () => {
    document.body.innerHTML = '<span class="count" value="2"></span><input class="empty" value="">';
    expect(inputValueAt(document, ['.empty', '.missing', '.count'])).toBe('2');
  });

  it('answers null for nothing found and for invalid selectors, never throwing', () => {
    document.body.innerHTML = '';
    expect(inputValueAt(document, '#buy-num')).toBeNull();
    expect(inputValueAt(document, '[[[')).toBeNull();
  });
});
