import { useState } from 'preact/hooks';
import { PROTECT_RULES, type OrderSite, type ShopWindowOverride } from '../../protect';
import type { Lang, MessageKey, Translate } from '../i18n';
import { SaveStatus, Section, useSave } from './Section';

const SITES: ReadonlyArray<[OrderSite, MessageKey]> = [
  ['jd', 'siteJd'],
  ['taobao', 'siteTaobao'],
  ['tmall', 'siteTmall'],
  ['pinduoduo', 'sitePinduoduo'],
];
const siteName = (site: OrderSite, t: Translate) => t(SITES.find(([s]) => s === site)![1]);

interface Props {
  windows: readonly ShopWindowOverride[];
  onSave(windows: ShopWindowOverride[]): Promise<void>;
  lang: Lang;
  t: Translate;
}

/** The platform rules with their sources, and the shopper's own window per shop. */
export function ProtectSection({ windows, onSave, lang, t }: Props) {
  const [site, setSite] = useState<OrderSite>('taobao');
  const [shop, setShop] = useState('');
  const [days, setDays] = useState('15');
  const [state, run] = useSave();
  const save = (next: ShopWindowOverride[]) => run(() => onSave(next));
  const uncovered = SITES.filter(([s]) => !PROTECT_RULES.some((r) => r.site === s));

  return (
    <Section id="protect" title={t('sectionProtect')} intro={t('sectionProtectIntro')}>
      <h3>{t('protectRulesHeading')}</h3>
      <ul class="plain-list small" data-testid="protect-rules">
        {PROTECT_RULES.map((r) => (
          <li key={r.id}>
            {t('protectRuleLine', {
              name: lang === 'zh' ? r.name : r.nameEn,
              days: r.days,
              estimated: r.estimated ? `（${t('purchaseEstimated')}）` : '',
              source: r.source,
            })}
          </li>
        ))}
        {uncovered.map(([s]) => (
          <li key={s} class="muted">
            {t('protectNoRules', { site: siteName(s, t) })}
          </li>
        ))}
      </ul>
      <h3>{t('protectOwnHeading')}</h3>
      {windows.length === 0 ? (
        <p class="muted">{t('protectOwnNone')}</p>
      ) : (
        <ul class="plain-list" data-testid="protect-windows">
          {windows.map((w) => (
            <li key={`${w.site}:${w.shop}`}>
              {t('protectOwnLine', { site: siteName(w.site, t), shop: w.shop, days: w.days })}{' '}
              <button type="button" class="link-button" onClick={() => void save(windows.filter((o) => o !== w))}>
                {t('protectRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="protect-form"
        data-testid="protect-form"
        onSubmit={(e) => {
          e.preventDefault();
          const entry = { site, shop: shop.trim(), days: Number(days) };
          void save([...windows.filter((o) => !(o.site === entry.site && o.shop === entry.shop)), entry]);
        }}
      >
        <label>
          {t('protectSite')}
          <select value={site} onChange={(e) => setSite(e.currentTarget.value as OrderSite)} data-testid="protect-site">
            {SITES.map(([s, key]) => (
              <option key={s} value={s}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('protectShop')}
          <input type="text" maxLength={200} value={shop} onInput={(e) => setShop(e.currentTarget.value)} data-testid="protect-shop" />
        </label>
        <label>
          {t('protectDays')}
          <input
            type="number"
            min="1"
            max="365"
            step="1"
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
            data-testid="protect-days"
          />
        </label>
        <button type="submit" class="button">
          {t('protectAdd')}
        </button>
        <SaveStatus state={state} t={t} />
      </form>
    </Section>
  );
}
