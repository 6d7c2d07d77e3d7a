import { faceCream, hoodie } from '../../test/shop/catalog';
import { FixtureShop } from '../../test/shop/fixture-shop';

export const DEMO_PRODUCTS = [
  { name: 'hoodie', url: 'https://item.jd.com/100038004353.html' },
  { name: 'face cream', url: 'https://item.jd.com/100052117832.html' },
] as const;

export function demoShop(): FixtureShop {
  const shop = new FixtureShop();
  shop.addLive(hoodie());
  shop.addLive(faceCream());
  return shop;
}
