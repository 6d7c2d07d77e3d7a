import type { Translate } from '../i18n';
import { Section } from './Section';

interface Props {
  sites: readonly string[];
  onRestore(site: string): Promise<void>;
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
              <span>{site}</span>{' '}
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
