/**
 * Page redesigns as text transformations of a saved page: what a shop's next deploy does to the
 * markup our adapters read. Each keeps the product the same; only where and how it is written
 * changes.
 */

export type Drift = (html: string) => string;

/** State variables the adapters know by name, renamed the way a new bundle renames them. */
const STATE_NAMES = [
  'pageConfig',
  '_itemOnly',
  '_itemInfo',
  '__ICE_APP_CONTEXT__',
  'rawData',
  'TShop.Setup',
  'TShop',
  'Hub.config',
  'g_config',
];

export const renameState: Drift = (html) =>
  html.replace(/<script(?![^>]*ld\+json)([^>]*)>([\s\S]*?)<\/script>/gi, (_whole, attrs: string, body: string) => {
    let renamed = body;
    STATE_NAMES.forEach((name, i) => {
      renamed = renamed.split(name).join(`__s${i}v2`);
    });
    return `<script${attrs}>${renamed}</script>`;
  });

/** Server state gone: the page hydrates from an API instead (JSON-LD included, a script too). */
export const dropScripts: Drift = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

/** CSS-module hashes rebuilt: `Price--priceText--2nLbVda` becomes `Price--priceText--Q9z81kx`. */
export const rehashClasses: Drift = (html) =>
  html.replace(
    /class="([^"]*)"/g,
    (_whole, names: string) => `class="${names.replace(/(\b[A-Za-z]+--[A-Za-z]+--)[A-Za-z0-9_-]+/g, '$1Q9z81kx')}"`,
  );

export const removeIds: Drift = (html) => html.replace(/\sid="[^"]*"/g, '').replace(/\sid='[^']*'/g, '');

/**
 * A recommended item's card, written with the page's own price markup, moved above the product:
 * every price selector the site uses also matches it.
 */
export const RECOMMENDED_PRICE = 1.11;
const recommendedCard = `
<div class="recommend-list guess-you-like"><ul><li class="rec-item">
  <div class="p-price"><span class="price">¥${RECOMMENDED_PRICE}</span></div>
  <div class="Price--root--x1"><span class="Price--priceText--x1">${RECOMMENDED_PRICE}</span></div>
  <div class="tm-price-panel"><span class="tm-price">${RECOMMENDED_PRICE}</span></div>
  <em class="tb-rmb-num">${RECOMMENDED_PRICE}</em>
  <div class="goods-price"><span class="price-num">${RECOMMENDED_PRICE}</span></div>
  <span class="price" itemprop="price" content="${RECOMMENDED_PRICE}">¥${RECOMMENDED_PRICE}</span>
  <del>¥999</del>
  <p class="title">清仓瑕疵特价 仅剩1件</p>
</li></ul></div>`;

export const recommendedAbove: Drift = (html) => html.replace(/<body([^>]*)>/i, `<body$1>${recommendedCard}`);

export const DRIFTS: Record<string, Drift> = {
  'state variables renamed': renameState,
  'inline scripts dropped': dropScripts,
  'class hashes rebuilt': rehashClasses,
  'ids removed': removeIds,
  "a recommended item's price above the real one": recommendedAbove,
  'all of these at once': (html) => recommendedAbove(removeIds(rehashClasses(dropScripts(html)))),
  'renamed, rehashed, no ids, recommendation above': (html) => recommendedAbove(removeIds(rehashClasses(renameState(html)))),
};
