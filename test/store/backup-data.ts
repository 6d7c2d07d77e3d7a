import fc from 'fast-check';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type BackupTables } from '../../src/store/backup-schema';
import { makeSku, makeSnapshot } from './snapshots';

/** Generators of whole, consistent store contents for the round-trip property. */
const START = Date.UTC(2024, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();
const cents = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const someText = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(...'卫衣跑鞋仅剩3件距结束:0123 abcXYZ'.split('')) });
const timeMs = fc.integer({ min: 0, max: 3 * 365 * 24 * 3600 }).map((s) => START + s * 1000);

const observationsOf = (productKey: string, skuId: string) =>
  fc.uniqueArray(timeMs, { maxLength: 6 }).chain((starts) =>
    fc.tuple(
      ...starts.map((at) =>
        fc
          .record({
            seenFor: fc.integer({ min: 0, max: 5 * 24 * 3600 }),
            price: maybe(cents),
            listPrice: maybe(cents),
            stock: maybe(fc.integer({ min: 0, max: 999 })),
            lowStockText: fc.option(someText, { nil: undefined }),
            countdownText: fc.option(someText, { nil: undefined }),
          })
          .map((r) => ({
            productKey,
            skuId,
            at: iso(at),
            lastSeenAt: iso(at + r.seenFor * 1000),
            price: r.price,
            listPrice: r.listPrice,
            stock: r.stock,
            ...(r.lowStockText !== undefined && { lowStockText: r.lowStockText }),
            ...(r.countdownText !== undefined && { countdownText: r.countdownText }),
          })),
      ),
    ),
  );

const productOf = (itemId: string) =>
  fc
    .record({
      title: maybe(someText),
      shop: maybe(someText),
      price: maybe(cents),
      firstSeen: timeMs,
      skuIds: fc.uniqueArray(fc.stringMatching(/^[0-9]{1,8}$/), { maxLength: 3 }),
    })
    .chain((p) => {
      const key = `jd:${itemId}`;
      const capturedAt = iso(p.firstSeen + 1000);
      const snapshot = makeSnapshot({
        itemId,
        title: p.title,
        shop: p.shop,
        price: p.price,
        capturedAt,
        skus: p.skuIds.map((id) => makeSku(id, 'M', p.price, 3)),
      });
      return fc.tuple(
        fc.constant({
          key,
          site: 'jd' as const,
          itemId,
          title: p.title,
          shop: p.shop,
          firstSeenAt: iso(p.firstSeen),
          lastSeenAt: capturedAt,
          snapshot,
        }),
        fc.constant(p.skuIds),
        ...['', ...p.skuIds].map((skuId) => observationsOf(key, skuId)),
      );
    })
    .map(([product, skuIds, ...observations]) => ({
      product,
      skus: skuIds.map((skuId) => ({
        productKey: product.key,
        skuId,
        props: { 尺码: 'M' },
        sizeLabel: 'M',
        size: { system: 'letter' as const, label: 'M', letter: 4 },
        firstSeenAt: product.firstSeenAt,
      })),
      observations: observations.flat(),
    }));

export const backupArbitrary: fc.Arbitrary<BackupFile> = fc
  .uniqueArray(fc.stringMatching(/^[1-9][0-9]{0,11}$/), { maxLength: 4 })
  .chain((itemIds) =>
    fc
      .tuple(
        fc.tuple(...itemIds.map(productOf)),
        fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 4 }),
        timeMs,
      )
      .chain(([products, cartIds, watchIds, noteIds, now]) => {
        const keys = products.map((p) => p.product.key);
        const anyKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('jd:gone');
        return fc
          .record({
            cartItems: fc.tuple(
              ...cartIds.map((id) =>
                fc
                  .record({
                    key: anyKey,
                    skuId: maybe(fc.constant('1')),
                    quantity: fc.integer({ min: 1, max: 9 }),
                    price: maybe(cents),
                    at: timeMs,
                    event: maybe(fc.constantFrom('2025-double11-tmall', 'x')),
                    fromCart: fc.boolean(),
                  })
                  .map((c) => ({
                    id,
                    site: 'jd' as const,
                    itemId: c.key.slice(3),
                    productKey: c.key,
                    skuId: c.skuId,
                    quantity: c.quantity,
                    price: c.price,
                    addedAt: iso(c.at),
                    promoEventId: c.event,
                    source: c.fromCart ? ('cart-page' as const) : ('product-page' as const),
                  })),
              ),
            ),
            watches: fc.tuple(
              ...watchIds.map((id) =>
                fc
                  .record({
                    key: anyKey,
                    kind: fc.constantFrom('restock' as const, 'price' as const),
                    target: maybe(cents),
                    paused: fc.boolean(),
                    auto: fc.boolean(),
                    checked: maybe(timeMs),
                    failures: fc.nat(9),
                  })
                  .map((w) => ({
                    id,
                    productKey: w.key,
                    skuId: null,
                    kind: w.kind,
                    targetPrice: w.target,
                    sizeLabel: w.kind === 'restock' ? 'M' : null,
                    status: w.paused ? ('paused' as const) : ('active' as const),
                    createdAt: iso(now),
                    auto: w.auto,
                    lastCheckedAt: w.checked === null ? null : iso(w.checked),
                    nextCheckAt: iso(now + 1800_000),
                    failureCount: w.failures,
                  })),
              ),
            ),
            notifications: fc.tuple(
              ...noteIds.map((id) =>
                fc
                  .record({
                    title: someText,
                    body: someText,
                    at: timeMs,
                    kind: fc.constantFrom('restock' as const, 'price' as const, 'storage-pruned' as const),
                  })
                  .map((n) => ({
                    id,
                    watchId: watchIds[0] ?? null,
                    productKey: n.kind === 'storage-pruned' ? null : (keys[0] ?? null),
                    kind: n.kind,
                    eventKey: `${n.kind}:${id}`,
                    title: n.title,
                    body: n.body,
                    sentAt: iso(n.at),
                    url: null,
                  })),
              ),
            ),
          })
          .map((rest): BackupFile => ({
            format: BACKUP_FORMAT,
            version: BACKUP_VERSION,
            exportedAt: iso(now),
            tables: {
              products: products.map((p) => p.product),
              skus: products.flatMap((p) => p.skus),
              observations: products.flatMap((p) => p.observations),
              ...rest,
            },
          }));
      }),
  );

/** Rows in a fixed order, so that two pictures of the same store compare equal. */
export function canonical(t: BackupTables): BackupTables {
  const by =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const pad = (n: number) => String(n).padStart(10, '0');
  return {
    products: [...t.products].sort(by((p) => p.key)),
    skus: [...t.skus].sort(by((s) => `${s.productKey}\u0000${s.skuId}`)),
    observations: [...t.observations].sort(by((o) => `${o.productKey}\u0000${o.skuId}\u0000${o.at}`)),
    cartItems: [...t.cartItems].sort(by((c) => pad(c.id))),
    watches: [...t.watches].sort(by((w) => pad(w.id))),
    notifications: [...t.notifications].sort(by((n) => pad(n.id))),
  };
}
