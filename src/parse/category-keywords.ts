/**
 * Keyword tables for detectCategory, as data. A text takes the category of its longest matching
 * keyword, a Chinese character weighing as much as three letters (ties go to the earlier rule), so 鞋柜 (other) beats 鞋 (shoes) and 洗衣机
 * (electronics) needs no single-character 衣. 'other' lists the words that settle a category path
 * as none of the tracked kinds, so a 鞋柜 listing is not read as shoes from its title.
 */
import type { Category } from '../core/types';

export interface CategoryRule {
  category: Category;
  keywords: readonly string[];
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'food',
    keywords: [
      '食品', '食品饮料', '零食', '休闲食品', '生鲜', '水果', '蔬菜', '肉类', '海鲜', '水产', '冻品', '饮料', '饮品',
      '饮用水', '矿泉水', '天然水', '纯净水', '酒水', '白酒', '红酒', '葡萄酒', '啤酒', '黄酒', '洋酒', '茶叶', '茶饮', '咖啡', '冲饮', '牛奶', '酸奶', '乳品',
      '奶粉', '坚果', '炒货', '饼干', '糕点', '蛋糕', '面包', '巧克力', '糖果', '果干', '蜜饯', '膨化', '方便面',
      '速食', '粮油', '大米', '面粉', '食用油', '调味', '调料', '酱油', '醋', '蜂蜜', '麦片', '燕麦片', '月饼', '粽子',
      '罐头', '保健食品', '营养品', '滋补', '燕窝', '阿胶', '辣条', '肉干', '猫粮', '狗粮', '宠物食品', '婴儿辅食',
      'food', 'snack', 'snacks', 'grocery', 'coffee', 'tea', 'chocolate', 'beverage',
    ],
  },
  {
    category: 'cosmetics',
    keywords: [
      '美妆', '化妆品', '个护化妆', '美妆护肤', '护肤', '面部护肤', '彩妆', '香水', '面霜', '乳液', '精华', '精华液',
      '精华水', '爽肤水', '化妆水', '柔肤水', '面膜', '眼霜', '洁面', '洗面奶', '卸妆', '防晒', '隔离霜', '粉底',
      '粉底液', '气垫', '口红', '唇膏', '唇釉', '眼影', '睫毛膏', '眉笔', '腮红', '散粉', '护手霜', '身体乳',
      '洗发水', '护发素', '沐浴露', '牙膏', '精油', '安瓶',
      'cosmetics', 'skincare', 'skin care', 'makeup', 'lipstick', 'serum', 'moisturizer', 'sunscreen', 'perfume',
    ],
  },
  {
    category: 'shoes',
    keywords: [
      '鞋', '鞋靴', '女鞋', '男鞋', '童鞋', '流行男鞋', '时尚女鞋', '运动鞋', '跑步鞋', '跑鞋', '篮球鞋', '足球鞋',
      '板鞋', '帆布鞋', '皮鞋', '高跟鞋', '单鞋', '凉鞋', '拖鞋', '休闲鞋', '老爹鞋', '乐福鞋', '豆豆鞋', '徒步鞋',
      '登山鞋', '靴', '靴子', '短靴', '长靴', '马丁靴', '雪地靴', '切尔西靴', '凉拖', '人字拖',
      // English keywords match their plural too (see containsKeyword): 'sandal' reads "Sandals".
      'shoe', 'sneaker', 'boots', 'sandal', 'slipper', 'flip-flop', 'flip flop', 'loafer', 'high heel', 'footwear',
    ],
  },
  {
    category: 'apparel',
    keywords: [
      '服饰', '服装', '女装', '男装', '童装', '服饰内衣', '内衣', '文胸', '睡衣', '家居服', 'T恤', '衬衫', '卫衣',
      '毛衣', '针织衫', '开衫', '外套', '夹克', '羽绒服', '棉服', '大衣', '风衣', '西装', '马甲', '背心', '吊带',
      'POLO衫', '连衣裙', '半身裙', '短裙', '裙子', '裤子', '牛仔裤', '休闲裤', '运动裤', '阔腿裤', '西裤', '短裤',
      '长裤', '打底裤', '卫裤', '汉服', '旗袍', '泳衣', '羊绒衫', '冲锋衣', '运动服', '套装',
      'apparel', 'clothing', 't-shirt', 'shirt', 'hoodie', 'sweater', 'jacket', 'coat', 'dress', 'jeans', 'trousers',
    ],
  },
  {
    category: 'electronics',
    keywords: [
      '数码', '手机', '手机通讯', '电脑', '电脑办公', '笔记本电脑', '游戏本', '台式机', '平板', '平板电脑', '耳机',
      '蓝牙耳机', '音箱', '相机', '单反', '微单', '摄像机', '智能手表', '手环', '显示器', '键盘', '鼠标', '路由器',
      '充电宝', '移动电源', '充电器', '游戏机', '电视', '投影仪', '家用电器', '家电', '大家电', '冰箱', '洗衣机',
      '空调', '热水器', '吸尘器', '扫地机器人', '电动牙刷', '吹风机', '剃须刀', '硬盘', '固态硬盘', 'U盘', '内存',
      '显卡', '处理器', '主板', '机械键盘', '键盘套件', '客制化键盘',
      'electronics', 'iphone', 'ipad', 'macbook', 'laptop', 'smartphone', 'headphones', 'earbuds', 'camera',
      'monitor', 'keyboard', 'tablet', 'smartwatch', 'console', 'airpods', 'kindle', 'switch oled',
    ],
  },
  {
    category: 'other',
    keywords: [
      '家居', '家具', '家纺', '日用', '家居日用', '收纳', '收纳用品', '家装', '建材', '厨具', '餐具', '图书', '书籍',
      '玩具', '乐器', '文具', '汽车用品', '宠物用品', '医药', '箱包', '钟表', '珠宝', '首饰', '礼品', '鲜花',
      '鞋柜', '鞋架', '鞋油', '鞋刷', '鞋垫', '鞋带', '鞋撑', '衣架', '衣柜', '晾衣架', '手机壳', '手机膜', '手机支架',
      '键盘膜', '电脑包', '拖鞋架',
      'shoe rack', 'shoe cabinet', 'shoe polish',
    ],
  },
];

/**
 * Colour and style words that contain a keyword of another kind (巧克力色毛衣, 咖啡色靴子,
 * 酒红色口红): removed before matching.
 */
export const NOISE_WORDS: readonly string[] = [
  '巧克力色', '咖啡色', '酒红色', '酒红', '奶白色', '奶茶色', '焦糖色', '燕麦色', '蜂蜜色', '牛奶丝', '香槟色',
  '可可色', '抹茶色', '焦糖', '奶咖色', '茶色', '蜜桃色', '西瓜红', '橘子色',
];
