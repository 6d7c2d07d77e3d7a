import type { Plugin } from 'vite';

/**
 * Preact's renderer carries one HTML sink, `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
 * The extension never renders HTML strings (it runs inside hostile shop pages), so the build
 * replaces that assignment with a throw: addons.mozilla.org's linter and reviewers then find no
 * `innerHTML` sink in any bundle. If a Preact upgrade changes the shape, the build fails here
 * rather than shipping the sink unnoticed.
 */
const SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function preactWithoutHtmlSink(): Plugin {
  return {
    name: 'fanchang:preact-without-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js/.test(id)) return null;
      const found = code.match(SINK)?.length ?? 0;
      if (found !== 1) throw new Error(`preact-without-html-sink: expected one innerHTML sink in ${id}, found ${found}`);
      return { code: code.replace(SINK, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()'), map: null };
    },
  };
}
