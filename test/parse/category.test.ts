import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types';
import { CATEGORY_RULES, NOISE_WORDS, detectCategory, matchCategory } from '../../src/parse';

const CATEGORIES: readonly Category[] = ['food', 'cosmetics', 'apparel', 'shoes', 'electronics', 'other'];

describe('category keyword tables', () => {
  it('has one rule per category, each known', () => {
    const categories = CATEGORY_RULES.map((r) => r.category);
    expect(new Set(categories).size).toBe(categories.length);
    for (const c of categories) expect(CATEGORIES).toContain(c);
    for (const c of CATEGORIES) expect(categories).toContain(c);
  });

  it('holds trimmed, non-empty keywords, none listed twice anywhere', () => {
    const all = CATEGORY_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase()));
    for (const k of all) {
      expect(k.length).toBeGreaterThan(0);
      expect(k).toBe(k.trim());
    }
    const repeated = all.filter((k, i) => all.indexOf(k) !== i);
    expect(repeated).toEqual([]);
  });

  it('has noise words that are not keywords themselves', () => {
    const all = new Set(CATEGORY_RULES.flatMap((r) => r.keywords));
    for (const w of NOISE_WORDS) expect(all.has(w)).toBe(false);
  });
});

const TITLES: ReadonlyArray<readonly [string, Category]> = [
  ['三只松鼠每日坚果750g/30袋 混合果仁零食大礼包', 'food'],
  ['良品铺子 猪肉脯 200g 休闲零食', 'food'],
  ['蒙牛纯牛奶 250ml*24盒 整箱', 'food'],
  ['飞鹤星飞帆 婴幼儿配方奶粉 3段 700g', 'food'],
  ['德芙 Dove 丝滑牛奶巧克力 252g 碗装', 'food'],
  ['农夫山泉 饮用天然水 550ml*24瓶', 'food'],
  ['茅台 飞天 53度 500ml 酱香型白酒', 'food'],
  ['皇家 Royal Canin 室内成猫猫粮 2kg', 'food'],
  ['Lipton black tea 100 bags', 'food'],
  ['兰蔻 小黑瓶 精华肌底液 50ml', 'cosmetics'],
  ['雅诗兰黛 特润修护肌活精华露 小棕瓶', 'cosmetics'],
  ['完美日记 丝绒哑光口红 酒红色 3.5g', 'cosmetics'],
  ['安耐晒 金瓶防晒霜 60ml SPF50+', 'cosmetics'],
  ['珀莱雅 双抗面膜 5片', 'cosmetics'],
  ['海飞丝 去屑洗发水 750g', 'cosmetics'],
  ['优衣库 女装 圆领T恤 短袖', 'apparel'],
  ['巧克力色毛衣女 宽松慵懒风 针织衫', 'apparel'],
  ['波司登 羽绒服 男 中长款 连帽', 'apparel'],
  ["Levi's 李维斯 501 直筒牛仔裤 男", 'apparel'],
  ['咖啡色 连衣裙 法式 收腰', 'apparel'],
  ['儿童卫衣 春秋款 男童 童装', 'apparel'],
  ['Nike 耐克 Air Force 1 男子运动鞋 板鞋', 'shoes'],
  ['李宁 超轻跑步鞋 男 减震', 'shoes'],
  ['Dr.Martens 1460 马丁靴 8孔', 'shoes'],
  ['咖啡色切尔西靴 女 短靴', 'shoes'],
  ['回力 帆布鞋 经典 低帮', 'shoes'],
  ['Mirabel Suede Sandal', 'shoes'],
  ['Birkenstock Arizona sandals', 'shoes'],
  ['Havaianas flip-flops', 'shoes'],
  ['Ugg Scuffette II slipper', 'shoes'],
  ['Trail Runner 3 Waterproof Hiking Shoe', 'shoes'],
  ['夏季 女款 凉拖 外穿 厚底', 'shoes'],
  ['洞洞鞋 男 沙滩鞋', 'shoes'],
  ['Apple iPhone 15 Pro (A3104) 256GB 黑色钛金属', 'electronics'],
  ['小米 Redmi K70 手机 12GB+256GB', 'electronics'],
  ['联想 ThinkPad X1 Carbon 笔记本电脑', 'electronics'],
  ['Apple AirPods Pro 2 蓝牙耳机', 'electronics'],
  ['海尔 10公斤 滚筒洗衣机 全自动', 'electronics'],
  ['罗技 MX Keys 无线键盘', 'electronics'],
  ['60% Keyboard Case aluminium', 'electronics'],
  ['简易鞋柜 多层 家用门口', 'other'],
  ['Shoe rack 4 tier bamboo', 'other'],
  ['手机壳 适用iPhone15 透明防摔', 'other'],
  ['不锈钢晾衣架 落地 折叠', 'other'],
  ['乐高 LEGO 积木 玩具', 'other'],
  ['得力 中性笔 0.5mm 12支', 'other'],
  ['', 'other'],
];

describe('detectCategory', () => {
  it.each(TITLES)('title %s', (title, expected) => {
    expect(detectCategory({ title })).toBe(expected);
  });

  it.each([
    [['服饰内衣', '女装', '连衣裙'], 'apparel'],
    [['鞋靴', '流行男鞋', '休闲鞋'], 'shoes'],
    [['服饰鞋包', '女鞋', '单鞋'], 'shoes'],
    [['食品饮料', '休闲食品', '坚果炒货'], 'food'],
    [['美妆护肤', '面部护肤', '面霜'], 'cosmetics'],
    [['个护化妆', '香水彩妆', '口红'], 'cosmetics'],
    [['手机通讯', '手机', '手机'], 'electronics'],
    [['电脑、办公', '外设产品', '键盘'], 'electronics'],
    [['家用电器', '大家电', '冰箱'], 'electronics'],
    [['家居日用', '收纳用品', '鞋柜'], 'other'],
    [['手机通讯', '手机配件', '手机壳'], 'other'],
  ] as const)('category path %j', (categoryPath, expected) => {
    expect(detectCategory({ categoryPath, title: '与路径无关的标题 运动鞋' })).toBe(expected);
  });

  it('prefers the category path over the breadcrumbs and the title', () => {
    expect(detectCategory({ categoryPath: ['食品饮料'], breadcrumbs: ['首页', '女装'], title: '运动鞋' })).toBe('food');
  });

  it('falls back to the breadcrumbs, then the title', () => {
    expect(detectCategory({ categoryPath: [], breadcrumbs: ['首页', '鞋靴', '男鞋'], title: '口红' })).toBe('shoes');
    expect(detectCategory({ breadcrumbs: ['首页', '全部分类'], title: '兰蔻口红' })).toBe('cosmetics');
  });

  it('reads the most specific level of a path first', () => {
    expect(detectCategory({ categoryPath: ['服饰鞋包', '运动鞋'] })).toBe('shoes');
  });

  it('is other when nothing matches, or for nothing at all', () => {
    expect(detectCategory({})).toBe('other');
    expect(detectCategory({ title: null })).toBe('other');
    expect(detectCategory({ title: '某某旗舰店 爆款' })).toBe('other');
  });

  it('matches English words whole', () => {
    expect(matchCategory('steam cleaner')).toBeNull();
    expect(matchCategory('green tea')).toBe('food');
  });
});
