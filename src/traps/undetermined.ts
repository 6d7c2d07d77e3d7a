import type { SnapshotField, Trap, TrapId, Undetermined } from '../core/types';
import { list, say } from './text';
import type { Lang } from './types';

const FIELD_NAMES: Record<SnapshotField, [string, string]> = {
  price: ['价格', 'price'],
  listPrice: ['划线价', 'list price'],
  couponPrice: ['券后价', 'price after coupons'],
  skus: ['规格和库存', 'options and stock'],
  expiry: ['保质期和生产日期', 'shelf life and dates'],
  offers: ['优惠', 'offers'],
  signals: ['页面提示', 'page notices'],
  title: ['标题', 'title'],
  category: ['类目', 'category'],
};

export function fieldNames(lang: Lang, fields: readonly SnapshotField[]): string {
  return list(
    lang,
    fields.map((f) => say(lang, ...FIELD_NAMES[f])),
  );
}

/** A rule that could not judge because fields it needs were not read, or read unreliably. */
export function unreadFields(id: TrapId, lang: Lang, fields: SnapshotField[], missing: 'missing' | 'uncertain'): Undetermined {
  const names = fieldNames(lang, fields);
  const reason =
    missing === 'missing'
      ? say(
          lang,
          `数据不足：页面上没读到${names}，这一项不下结论。`,
          `Not enough data: the ${names} could not be read, so this is not judged.`,
        )
      : say(
          lang,
          `数据不足：页面上的${names}几处读法不一致，这一项不下结论。`,
          `Not enough data: the page gives conflicting readings of the ${names}, so this is not judged.`,
        );
  return { id, reason, fields };
}

export function isUndetermined(outcome: Trap | Undetermined): outcome is Undetermined {
  return !('severity' in outcome);
}
