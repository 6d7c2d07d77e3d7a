import type { LiveProduct } from '../types';
import { renderAlibabaItemPage, type AlibabaLook, type AlibabaRenderOptions } from './alibaba';

const TMALL: AlibabaLook = { titleSuffix: '-tmall.com天猫', accent: '#ff0036', platformGuarantees: ['正品保证', '极速退款'] };

/** A detail.tmall.com/item.htm?id=… page of the current generation (ICE state, hashed class names). */
export function renderTmallItemPage(p: LiveProduct, options: AlibabaRenderOptions = {}): string {
  return renderAlibabaItemPage(p, TMALL, options);
}
