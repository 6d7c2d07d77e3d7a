/** A product the fixture shop serves, whose price and stock a test can change while it runs. */
export interface LiveSku {
  skuId: string;
  props: Record<string, string>;
  price: number;
  stock: number;
}

export interface LiveProduct {
  site: 'jd' | 'taobao' | 'tmall' | 'pinduoduo';
  itemId: string;
  title: string;
  shop: string;
  /** Breadcrumb path, e.g. ['服饰内衣', '男装', '卫衣']. */
  category: string[];
  price: number;
  listPrice: number | null;
  skus: LiveSku[];
  /** Parameter rows such as ['保质期', '18个月']. */
  params: Array<[string, string]>;
  /** Promotion lines such as '满200减20'. */
  promotions: string[];
  /** Free text shown near the price: low-stock counters, countdowns. */
  badges: string[];
  returnPolicy: string;
}

export interface ShopResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}
