import { h } from 'preact';
import { RADAR_MARK_VIEW_BOX, radarMarkShapes } from '../radar-mark';

const SHAPES = radarMarkShapes();

/** The extension's mark, drawn as elements so it needs no web-accessible resource and no HTML string. */
export function RadarMark({ class: className = 'radar-mark' }: { class?: string }) {
  return (
    <span class={className}>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={RADAR_MARK_VIEW_BOX} aria-hidden="true" focusable="false">
        {SHAPES.map((s, i) => h(s.tag, { key: i, ...s.attrs }))}
      </svg>
    </span>
  );
}
