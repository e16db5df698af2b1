import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { clampSidebarWidth, SIDEBAR_TAB_WIDTH, type SidebarState } from '../settings';

// Docks the sidebar frame at the right edge of the marketplace page.
//
// Decision: the page is narrowed (a right margin on <html> as wide as the sidebar) rather than
// overlaid, so the chat composer and its Send button, which sit at the bottom right of both seller
// chats, are never covered. Collapsed, the sidebar is a slim full-height tab and the margin shrinks to
// the tab's width. A page that lays itself out with `100vw` or fixed elements pinned to the right
// edge would still be overlapped; the e2e tests check the simulators' composer and Send button stay
// clear.

const Z_TOP = '2147483646';
const DOCK_STYLE_ID = 'sigap-dock-style';
const KEY_STEP = 16;

export interface Dock {
  iframe: HTMLIFrameElement;
  apply(state: SidebarState): void;
  remove(): void;
}

function important(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

function reservePageSpace(px: number): void {
  let style = document.getElementById(DOCK_STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = DOCK_STYLE_ID;
    document.documentElement.append(style);
  }
  style.textContent = `html{margin-right:${px}px!important;}`;
}

export function mountDock(
  ctx: ContentScriptContext,
  initial: SidebarState,
  onResized: (width: number) => void,
): Dock {
  let state = initial;
  const handle = document.createElement('div');

  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
  });
  const { wrapper, iframe } = ui;
  wrapper.id = 'sigap-sidebar';
  important(wrapper, {
    position: 'fixed',
    top: '0',
    right: '0',
    height: '100vh',
    'z-index': Z_TOP,
    margin: '0',
    padding: '0',
    'box-shadow': '-1px 0 0 rgba(0,0,0,.12), -4px 0 12px rgba(0,0,0,.06)',
    background: '#fff',
  });
  important(iframe, { width: '100%', height: '100%', border: '0', display: 'block' });
  iframe.title = 'Sigap';
  // The clipboard fallback runs inside the frame, which is cross-origin to the page.
  iframe.setAttribute('allow', 'clipboard-write');

  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-label', 'Sigap');
  handle.tabIndex = 0;
  important(handle, {
    position: 'absolute',
    left: '-3px',
    top: '0',
    width: '6px',
    height: '100%',
    cursor: 'col-resize',
    background: 'transparent',
  });
  wrapper.prepend(handle);

  const apply = (next: SidebarState) => {
    state = next;
    const width = next.open ? clampSidebarWidth(next.width) : SIDEBAR_TAB_WIDTH;
    important(wrapper, { width: `${width}px` });
    important(handle, { display: next.open ? 'block' : 'none' });
    handle.setAttribute('aria-valuenow', String(width));
    reservePageSpace(width);
  };

  // Dragging: the frame would swallow pointer events, so it ignores them while the handle drags.
  const listen = { signal: ctx.signal };
  let dragging = false;
  handle.addEventListener(
    'pointerdown',
    (event) => {
      dragging = true;
      handle.setPointerCapture(event.pointerId);
      important(iframe, { 'pointer-events': 'none' });
    },
    listen,
  );
  handle.addEventListener(
    'pointermove',
    (event) => {
      if (dragging) apply({ ...state, width: clampSidebarWidth(window.innerWidth - event.clientX) });
    },
    listen,
  );
  handle.addEventListener(
    'pointerup',
    () => {
      if (!dragging) return;
      dragging = false;
      iframe.style.removeProperty('pointer-events');
      onResized(clampSidebarWidth(state.width));
    },
    listen,
  );
  handle.addEventListener(
    'keydown',
    (event) => {
      const delta = event.key === 'ArrowLeft' ? KEY_STEP : event.key === 'ArrowRight' ? -KEY_STEP : 0;
      if (!delta) return;
      event.preventDefault();
      const width = clampSidebarWidth(state.width + delta);
      apply({ ...state, width });
      onResized(width);
    },
    listen,
  );

  ui.mount();
  apply(initial);

  return {
    iframe,
    apply,
    remove() {
      ui.remove();
      document.getElementById(DOCK_STYLE_ID)?.remove();
    },
  };
}
