import type { LiveProduct } from '../types';
import { renderAlibabaItemPage, type AlibabaLook, type AlibabaRenderOptions } from './alibaba';

const TAOBAO: AlibabaLook = { titleSuffix: '-淘宝网', accent: '#ff5000', platformGuarantees: ['退货宝'] };

/** An item.taobao.com/item.htm?id=… page of the current generation, the same ICE app as Tmall's. */
export function renderTaobaoItemPage(p: LiveProduct, options: AlibabaRenderOptions = {}): string {
  return renderAlibabaItemPage(p, TAOBAO, options);
}
