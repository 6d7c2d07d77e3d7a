import { radarMarkSvg } from '../radar-mark';

const MARKUP = { __html: radarMarkSvg() };

/** The extension's mark, inline so it needs no web-accessible resource inside shop pages. */
export function RadarMark({ class: className = 'radar-mark' }: { class?: string }) {
  return <span class={className} dangerouslySetInnerHTML={MARKUP} />;
}
