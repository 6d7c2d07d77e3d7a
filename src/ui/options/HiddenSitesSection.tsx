import type { Site } from '../../core/types';
import type { MessageKey, Translate } from '../i18n';
import { Section } from './Section';

const SITE_NAME: Readonly<Record<Site, MessageKey>> = {
  jd: 'siteJd',
  taobao: 'siteTaobao',
  tmall: 'siteTmall',
  pinduoduo: 'sitePinduoduo',
  'schema-org': 'siteOtherShops',
};

interface Props {
  sites: readonly Site[];
  onRestore(site: Site): Promise<void>;
  t: Translate;
}

/** Sites where the shopper hid the in-page panel, each with a way to bring it back. */
export function HiddenSitesSection({ sites, onRestore, t }: Props) {
  return (
    <Section id="panel" title={t('sectionPanel')} intro={t('sectionPanelIntro')}>
      {sites.length === 0 ? (
        <p class="muted" data-testid="hidden-sites-empty">
          {t('hiddenSitesNone')}
        </p>
      ) : (
        <ul class="plain-list" data-testid="hidden-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{t(SITE_NAME[site])}</span>{' '}
              <button type="button" class="button" onClick={() => void onRestore(site)} data-testid={`restore-${site}`}>
                {t('showPanelAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
