/**
 * The radar mark: the extension icon and the badge in the popup and the panel draw this one SVG,
 * so they cannot drift apart (scripts/render-icons.ts renders the PNG icons from it).
 */
export function radarMarkSvg({ background = '#b4400b', blip = '#ffd166' }: { background?: string; blip?: string } = {}): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" aria-hidden="true" focusable="false">',
    `<rect width="128" height="128" rx="28" fill="${background}"/>`,
    '<circle cx="64" cy="64" r="44" fill="none" stroke="#fff" stroke-opacity="0.55" stroke-width="9"/>',
    '<circle cx="64" cy="64" r="22" fill="none" stroke="#fff" stroke-opacity="0.8" stroke-width="9"/>',
    '<path d="M64 64 L64 14 A50 50 0 0 1 107.3 39 Z" fill="#fff" fill-opacity="0.9"/>',
    '<circle cx="64" cy="64" r="9" fill="#fff"/>',
    `<circle cx="93" cy="86" r="10" fill="${blip}"/>`,
    '</svg>',
  ].join('');
}
