import { faceCream, hoodie, tmallSerum } from '../../test/shop/catalog';
import { FixtureShop } from '../../test/shop/fixture-shop';
import { templateClaimPages, upgradeLipstick } from '../../test/shop/pressure-catalog';

export const DEMO_PRODUCTS = [
  { name: 'hoodie', url: 'https://item.jd.com/100038004353.html' },
  { name: 'face cream', url: 'https://item.jd.com/100052117832.html' },
  { name: 'Tmall serum', url: 'https://detail.tmall.com/item.htm?id=41238709188' },
  { name: 'lipstick with an upgrade pushed', url: 'https://item.jd.com/100090170017.html' },
] as const;

/** The demo products as of `now`: their production dates and seasons follow the chosen moment. */
export function demoShop(now: string): FixtureShop {
  const shop = new FixtureShop();
  shop.addLive(hoodie(now));
  shop.addLive(faceCream(now));
  shop.addLive(tmallSerum(now));
  shop.addLive(upgradeLipstick(now));
  for (const p of templateClaimPages()) shop.addLive(p);
  return shop;
}
