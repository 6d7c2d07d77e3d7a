import type { SizeHint } from '../../parse';
import type { MessageKey, Translate } from '../i18n';
import { readableSize, SIZE_KINDS, type MySizes } from '../my-size';

const LABEL: Readonly<Record<SizeHint, MessageKey>> = { top: 'sizeTop', bottom: 'sizeBottom', shoe: 'sizeShoe', kids: 'sizeKids' };
const HINT: Readonly<Record<SizeHint, MessageKey>> = {
  top: 'sizeTopHint',
  bottom: 'sizeBottomHint',
  shoe: 'sizeShoeHint',
  kids: 'sizeKidsHint',
};

interface Props {
  sizes: MySizes;
  onChange(sizes: MySizes): void;
  t: Translate;
  /** Prefix for element ids, so two forms on one page do not clash. */
  idPrefix: string;
}

/** The shopper's four sizes; a label the size parser cannot read is flagged as it is typed. */
export function SizeFields({ sizes, onChange, t, idPrefix }: Props) {
  return (
    <div class="size-fields">
      {SIZE_KINDS.map((kind) => {
        const value = sizes[kind] ?? '';
        const ok = readableSize(kind, value);
        const id = `${idPrefix}-${kind}`;
        return (
          <div class="field" key={kind}>
            <label for={id}>{t(LABEL[kind])}</label>
            <input
              id={id}
              name={kind}
              type="text"
              autocomplete="off"
              value={value}
              placeholder={t(HINT[kind])}
              aria-invalid={!ok}
              aria-describedby={ok ? undefined : `${id}-error`}
              data-testid={`size-${kind}`}
              onInput={(e) => onChange({ ...sizes, [kind]: (e.target as HTMLInputElement).value })}
            />
            {!ok && (
              <span id={`${id}-error`} class="field-error">
                {t('sizeUnreadable', { size: value })}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Sizes as they are saved: trimmed, empty ones left out. */
export function cleanSizes(sizes: MySizes): MySizes {
  const clean: MySizes = {};
  for (const kind of SIZE_KINDS) {
    const v = sizes[kind]?.trim();
    if (v) clean[kind] = v;
  }
  return clean;
}

export function sizesReadable(sizes: MySizes): boolean {
  return SIZE_KINDS.every((k) => readableSize(k, sizes[k] ?? ''));
}
