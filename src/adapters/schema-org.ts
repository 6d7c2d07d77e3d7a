import { SITE_HOSTS } from '../core/hosts';
import type { ProductSnapshot, Sku } from '../core/types';
import { decodeEntities, parsePrice } from '../parse';
import { crossCheckPrices } from './cross-check';
import { pageTitle } from './page-title';
import { makeSku } from './fill';
import { type JsValue, parseJsLiteral } from './js-literal';
import { attrAt, metaContent, regionText, safeQueryAll, textUpTo } from './page';
import { type MicroItem, type MicroValue, microdataProducts } from './schema-microdata';
import { blankSnapshot, readingOf } from './snapshot';
import type { PageInput, PageReader, SiteAdapter } from './types';
import { absoluteUrl, asArray, asRecord, asText, at } from './values';

/**
 * Any other shop that describes its product with schema.org: JSON-LD (Offer, AggregateOffer,
 * @graph, arrays, sloppy JSON) first, microdata second. Goes last in the registry and never claims
 * the Chinese shop hosts, which have their own adapters.
 */

const CHINESE_SHOP_DOMAINS = ['jd.com', 'jd.hk', 'taobao.com', 'tmall.com', 'tmall.hk', 'yangkeduo.com', 'pinduoduo.com'];
const KNOWN_HOSTS = new Set(Object.values(SITE_HOSTS).flatMap((h) => [...h.product, ...h.cart]));

/** Text regions for signals on unknown layouts: only the common, small ones. */
const TEXT_REGIONS = ['[itemprop="offers"]', '[itemprop="availability"]', '.product-info', '.product-details', '#product-details'];

export const schemaOrgAdapter: SiteAdapter = {
  site: 'schema-org',
  matchesUrl: (url) =>
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !KNOWN_HOSTS.has(url.hostname) &&
    !CHINESE_SHOP_DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`)),
  itemIdFromUrl: (url) => url.origin + url.pathname,
  extract: extractSchemaOrg,
};

/**
 * A product id bound to the shop that declares it: another shop declaring the same sku names a
 * different product (`https://shop.example#SKU-1`). Stored ids are at most 128 characters.
 */
export function ownItemId(url: URL, id: string): string {
  return `${url.origin}#${id}`.slice(0, 128);
}

/** One product as both syntaxes give it: property name to values. */
type Props = (name: string) => MicroValue[] | JsValue[];

interface FoundProduct {
  get: Props;
}

function fromJson(node: Record<string, JsValue>): FoundProduct {
  return { get: (name) => (Array.isArray(node[name]) ? node[name] : node[name] === undefined ? [] : [node[name]!]) };
}

function fromMicro(item: MicroItem): FoundProduct {
  return { get: (name) => item.props.get(name) ?? [] };
}

const isProductType = (t: JsValue | undefined) =>
  (Array.isArray(t) ? t : [t]).some(
    (x) =>
      typeof x === 'string' && /^(https?:\/\/schema\.org\/)?(Product|ProductGroup|IndividualProduct|ProductModel|Vehicle|Book)$/i.test(x),
  );

/** Product nodes in the page's JSON-LD blocks, through arrays and @graph. */
function jsonLdProducts(doc: Document, warnings: string[]): FoundProduct[] {
  const found: FoundProduct[] = [];
  for (const script of safeQueryAll(doc, 'script[type="application/ld+json"]').slice(0, 30)) {
    const body = (script.textContent ?? '')
      .trim()
      .replace(/^<!--|-->$/g, '')
      .trim();
    if (!body) continue;
    const parsed = parseJsLiteral(body);
    if (!parsed) {
      warnings.push('a JSON-LD block could not be read');
      continue;
    }
    const queue: JsValue[] = [parsed.value];
    for (let i = 0; i < queue.length && i < 500; i++) {
      const node = queue[i];
      if (Array.isArray(node)) queue.push(...node);
      const rec = asRecord(node);
      if (!rec) continue;
      if (isProductType(rec['@type'])) found.push(fromJson(rec));
      else if (rec['@graph'] !== undefined) queue.push(rec['@graph']);
      else if (rec['mainEntity'] !== undefined) queue.push(rec['mainEntity']);
    }
  }
  return found;
}

const isMicro = (v: unknown): v is MicroItem =>
  typeof v === 'object' && v !== null && 'props' in v && (v as MicroItem).props instanceof Map;

/** A property value as text: strings and numbers as they are, nested items by their name or address. */
function textValue(v: MicroValue | JsValue | undefined): string | null {
  if (typeof v === 'string' || typeof v === 'number') return asText(v);
  if (isMicro(v)) return textValue(v.props.get('name')?.[0]) ?? textValue(v.props.get('url')?.[0]);
  const rec = asRecord(v);
  return rec ? (asText(rec['name']) ?? asText(rec['@id']) ?? asText(rec['url']) ?? asText(rec['contentUrl'])) : null;
}

function firstText(p: FoundProduct, ...names: string[]): string | null {
  for (const n of names) {
    for (const v of p.get(n)) {
      const t = textValue(v);
      if (t) return t;
    }
  }
  return null;
}

/** An offer's view of either syntax. */
function offerView(v: MicroValue | JsValue): FoundProduct | null {
  if (isMicro(v)) return fromMicro(v);
  const rec = asRecord(v);
  return rec ? fromJson(rec) : null;
}

interface ReadOffer {
  low: number | null;
  high: number | null;
  list: number | null;
  currency: string | null;
  available: boolean | null;
  sku: string | null;
  name: string | null;
  /** size / color of the variant, from the offer or the product it offers. */
  variant: Record<string, string>;
}

/** "InStock", " http://schema.org/InStock ", "https://schema.org/OutOfStock", "in_stock". */
export function availabilityOf(value: string | null): boolean | null {
  if (!value) return null;
  const v = value
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();
  if (/^(instock|limitedavailability|onlineonly|instoreonly|preorder|presale|backorder)$/.test(v)) return true;
  if (/^(outofstock|soldout|discontinued)$/.test(v)) return false;
  return null;
}

function readOffer(o: FoundProduct): ReadOffer {
  const currency = firstText(o, 'priceCurrency', 'currency');
  const priced = (name: string) => {
    const t = firstText(o, name);
    return t ? parsePrice(t) : null;
  };
  const price = priced('price') ?? priced('lowPrice');
  const spec = o
    .get('priceSpecification')
    .map(offerView)
    .filter((x): x is FoundProduct => x !== null);
  const specPrice = spec.find((s) => !/ListPrice|Strikethrough|SRP|MSRP/i.test(firstText(s, 'priceType') ?? ''));
  const listSpec = spec.find((s) => /ListPrice|Strikethrough|SRP|MSRP/i.test(firstText(s, 'priceType') ?? ''));
  const main = price ?? (specPrice ? parsePrice(firstText(specPrice, 'price')) : null);
  const high = priced('highPrice');
  return {
    low: main?.amount ?? null,
    high: high?.amount ?? main?.max ?? null,
    list: listSpec ? (parsePrice(firstText(listSpec, 'price'))?.amount ?? null) : null,
    currency: currency ?? (main && /[^\d\s.,-]/.test(firstText(o, 'price') ?? firstText(o, 'lowPrice') ?? '') ? main.currency : null),
    available: availabilityOf(firstText(o, 'availability')),
    sku: firstText(o, 'sku', 'productID', 'gtin13', 'gtin'),
    name: firstText(o, 'name'),
    variant: variantProps(o),
  };
}

function variantProps(o: FoundProduct): Record<string, string> {
  const props: Record<string, string> = {};
  const offered = o
    .get('itemOffered')
    .map(offerView)
    .find((x): x is FoundProduct => x !== null);
  for (const key of ['color', 'size'] as const) {
    const value = firstText(o, key) ?? (offered ? firstText(offered, key) : null);
    if (value) props[key] = value;
  }
  return props;
}

/** Offers, through AggregateOffer.offers and arrays. */
function offersOf(p: FoundProduct): ReadOffer[] {
  const out: ReadOffer[] = [];
  for (const raw of [...p.get('offers'), ...p.get('offerDetails')].slice(0, 500)) {
    const o = offerView(raw);
    if (!o) continue;
    const inner = o
      .get('offers')
      .map(offerView)
      .filter((x): x is FoundProduct => x !== null);
    const aggregate = readOffer(o);
    if (aggregate.low !== null || inner.length === 0) out.push(aggregate);
    else out.push(...inner.slice(0, 500).map(readOffer));
  }
  return out;
}

function* extractSchemaOrg({ doc, url, now }: PageInput): PageReader {
  const s = blankSnapshot('schema-org', '', url, now);
  const products = jsonLdProducts(doc, s.warnings);
  const micro = products.length === 0 ? microdataProducts(doc).map(fromMicro) : [];
  const product = [...products, ...micro].find((p) => p.get('offers').length + p.get('offerDetails').length > 0) ?? products[0] ?? micro[0];
  // A shop names only its own products: a canonical link to another origin is not this page's id.
  const linked = absoluteUrl(attrAt(doc, 'link[rel="canonical"]', 'href'), url);
  const canonical = linked && new URL(linked).origin === url.origin ? linked : null;

  if (!product) {
    s.itemId = canonical ?? schemaOrgAdapter.itemIdFromUrl(url)!;
    s.title = pageTitle(doc);
    s.warnings.push('no schema.org Product on this page');
    return readingOf(s);
  }

  const id = firstText(product, 'sku', 'productID', 'gtin13', 'gtin14', 'gtin12', 'gtin8', 'gtin', 'mpn');
  s.itemId = id !== null ? ownItemId(url, id) : (canonical ?? schemaOrgAdapter.itemIdFromUrl(url)!);
  const named = firstText(product, 'name');
  s.title = named ? decodeEntities(named) : pageTitle(doc);
  s.image = absoluteUrl(firstText(product, 'image') ?? metaContent(doc, 'og:image'), url);
  s.shop = shopName(firstText(product, 'seller')) ?? shopName(metaContent(doc, 'og:site_name'));

  const offers = offersOf(product);
  if (offers.length === 0) s.warnings.push('the product states no offer (no price)');
  s.skus = offers.map((o, i): Sku =>
    makeSku({
      skuId: o.sku ?? (offers.length === 1 ? s.itemId : `${s.itemId}#${i + 1}`),
      props: Object.keys(o.variant).length > 0 ? o.variant : o.name && o.name !== s.title ? { variant: o.name } : {},
      price: o.low,
      stock: o.available === false ? 0 : null,
      available: o.available ?? true,
    }),
  );
  let instalment = false;
  const priced = offers.filter((o) => o.low !== null);
  const buyable = priced.filter((o) => o.available !== false);
  const pool = buyable.length > 0 ? buyable : priced;
  if (pool.length > 0) {
    s.price = Math.min(...pool.map((o) => o.low!));
    const high = Math.max(...priced.map((o) => o.high ?? o.low!));
    s.priceMax = high > s.price ? high : null;
    s.listPrice = priced.find((o) => o.list !== null)?.list ?? null;
    const currency = priced.find((o) => o.currency)?.currency;
    if (currency) s.currency = currency.toUpperCase();
    else s.warnings.push(`currency not stated; assumed ${s.currency}`);
    instalment = guardInstalment(doc, s);
  }
  yield;
  yield* crossCheckPrices(doc, s, { fillPrice: !instalment });

  const description = firstText(product, 'description') ?? '';
  const productText = [regionText(doc, TEXT_REGIONS, 5000), description.slice(0, 5000)].join('\n');
  const expires = firstText(product, 'expires');
  const produced = firstText(product, 'productionDate');
  // The structured dates first, labelled so parseExpiry reads them; then the labelled lines
  // (Best before, 保质期) of the product's own text.
  const lines = [expires ? `有效期至：${expires}` : '', produced ? `生产日期：${produced}` : '', ...productText.split('\n')].filter(
    Boolean,
  );
  const category = firstText(product, 'category');
  const breadcrumbs = jsonLdBreadcrumbs(doc);
  return readingOf(s, {
    expiry: [{ source: 'the product text', lines }],
    categoryPath: category ? [category, ...breadcrumbs] : breadcrumbs,
    breadcrumbs,
    signalText: productText,
    offerText: null,
  });
}

/** BreadcrumbList names from JSON-LD, for the category. */
function jsonLdBreadcrumbs(doc: Document): string[] {
  for (const script of safeQueryAll(doc, 'script[type="application/ld+json"]').slice(0, 30)) {
    const body = script.textContent ?? '';
    if (!body.includes('BreadcrumbList')) continue;
    const parsed = parseJsLiteral(body);
    const list = asArray(at(parsed?.value, 'itemListElement'));
    const names = list.map((e) => asText(at(e, 'name')) ?? asText(at(e, 'item', 'name'))).filter((n): n is string => n !== null);
    if (names.length) return names.slice(0, 10);
  }
  return [];
}

/**
 * Some shops declare a monthly instalment as the offer price ("$24.96/mo."). When the page shows
 * the declared amount followed by a per-month marker, the price is not what the item costs.
 */
function guardInstalment(doc: Document, s: ProductSnapshot): boolean {
  if (s.price === null) return false;
  const body = textUpTo(doc.body, 2_000_000, { shownOnly: true }).text;
  const amount = s.price.toFixed(2);
  const monthly = /^\s*(\/\s*mo\b|\/\s*month|per month|a month|\/月|每月)/i;
  // Each place the amount is written, and the few characters after it: never a pattern run over megabytes.
  for (let at = body.indexOf(amount); at !== -1; at = body.indexOf(amount, at + 1)) {
    if (!monthly.test(body.slice(at + amount.length, at + amount.length + 24))) continue;
    s.warnings.push(`the stated price ${s.price} ${s.currency} is a monthly instalment, not the item's price`);
    s.price = null;
    s.priceMax = null;
    for (const sku of s.skus) sku.price = null;
    return true;
  }
  return false;
}

/**
 * A shop's name, never a site's slogan ("GOMAJI 最大吃喝玩樂平台 | 全台人氣美食…") or address: long
 * text, or text split by | or ，, is a tagline.
 */
function shopName(text: string | null): string | null {
  if (!text) return null;
  const t = decodeEntities(text).trim();
  if (t.length === 0 || t.length > 40 || /[|｜，,、:：]|\s[-–—]\s/.test(t) || /^(https?:\/\/)?[\w-]+(\.[\w-]+)+\/?$/.test(t)) return null;
  return t;
}
