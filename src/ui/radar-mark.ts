/**
 * The radar mark: the extension icon and the badge in the popup and the panel draw these shapes,
 * so they cannot drift apart (scripts/render-icons.ts renders the PNG icons from the SVG text, the
 * UI draws the same shapes as elements: no HTML string is ever parsed into a page).
 */
export interface RadarMarkColours {
  background?: string;
  blip?: string;
}

export type RadarMarkShape =
  | { tag: 'rect'; attrs: Record<string, string> }
  | { tag: 'circle'; attrs: Record<string, string> }
  | { tag: 'path'; attrs: Record<string, string> };

export const RADAR_MARK_VIEW_BOX = '0 0 128 128';

export function radarMarkShapes({ background = '#b4400b', blip = '#ffd166' }: RadarMarkColours = {}): RadarMarkShape[] {
  return [
    { tag: 'rect', attrs: { width: '128', height: '128', rx: '28', fill: background } },
    {
      tag: 'circle',
      attrs: { cx: '64', cy: '64', r: '44', fill: 'none', stroke: '#fff', 'stroke-opacity': '0.55', 'stroke-width': '9' },
    },
    {
      tag: 'circle',
      attrs: { cx: '64', cy: '64', r: '22', fill: 'none', stroke: '#fff', 'stroke-opacity': '0.8', 'stroke-width': '9' },
    },
    { tag: 'path', attrs: { d: 'M64 64 L64 14 A50 50 0 0 1 107.3 39 Z', fill: '#fff', 'fill-opacity': '0.9' } },
    { tag: 'circle', attrs: { cx: '64', cy: '64', r: '9', fill: '#fff' } },
    { tag: 'circle', attrs: { cx: '93', cy: '86', r: '10', fill: blip } },
  ];
}

export function radarMarkSvg(colours: RadarMarkColours = {}): string {
  const shapes = radarMarkShapes(colours).map(
    (s) =>
      `<${s.tag} ${Object.entries(s.attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${RADAR_MARK_VIEW_BOX}" aria-hidden="true" focusable="false">`,
    ...shapes,
    '</svg>',
  ].join('');
}
