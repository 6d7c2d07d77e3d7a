/** A small dismissable note in a shadow root, so the shop's styles neither break nor are broken by it. */
export function showNotice(zh: string, en: string): void {
  const host = document.createElement('fanchang-radar-notice');
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.lang = 'zh-CN';
  box.title = en;
  box.textContent = zh;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', '关闭 / Close');
  close.addEventListener('click', () => host.remove());
  box.append(close);
  const style = document.createElement('style');
  style.textContent = `div { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px; padding: 10px 36px 10px 12px;
    background: #fff7ed; color: #7c2d12; border: 1px solid #fdba74; border-radius: 8px; font: 13px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); }
    button { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 18px; color: inherit; cursor: pointer; }`;
  root.append(style, box);
  document.documentElement.append(host);
}
