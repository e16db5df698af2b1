import { browser } from 'wxt/browser';
import { WARM_UP } from '../messaging';
import { clampSidebarWidth, SIDEBAR_TAB_WIDTH, type SidebarState } from '../settings';

// Docks the sidebar frame at the right edge of the marketplace page.
//
// Decision: the page is narrowed (a right margin on <html> as wide as the sidebar) rather than
// overlaid, so the chat composer and its Send button, which sit at the bottom right of both seller
// chats, are never covered. Collapsed, the sidebar is a slim full-height tab and the margin shrinks to
// the tab's width. A page that lays itself out with `100vw` or fixed elements pinned to the right
// edge would still be overlapped; the e2e tests check the simulators' composer and Send button stay
// clear.
//
// The page is hostile (tests/e2e/page-attacks.e2e.ts). The frame is made here rather than with WXT's
// createIframeUi, which removes it when WXT's context is invalidated, and any page script can
// invalidate that context (see extension-alive.ts). A dock reports itself broken, once, when the page
// removes or moves it, changes the frame's src or navigates the frame (a second load): the caller then
// mounts a fresh one. Each dock hands its frame a fresh key (see sidebar-link.ts).

const Z_TOP = '2147483646';
const DOCK_ID = 'sigap-sidebar';
const DOCK_STYLE_ID = 'sigap-dock-style';
const KEY_STEP = 16;

export interface Dock {
  iframe: HTMLIFrameElement;
  /** What this dock's frame must present to connect: sent to that frame only, never in its URL. */
  key: string;
  apply(state: SidebarState): void;
  /** Takes the frame away and gives the page its margin back. */
  remove(): void;
}

function important(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export function mountDock(
  initial: SidebarState,
  onResized: (width: number) => void,
  onBroken: () => void,
): Dock {
  let state = initial;
  const root = document.documentElement;
  // A previous Sigap that died without cleaning up (Firefox drops an unloaded extension's scripts
  // but not the elements they added) would otherwise leave a second, dead sidebar.
  for (const id of [DOCK_ID, DOCK_STYLE_ID]) document.getElementById(id)?.remove();

  const wrapper = document.createElement('div');
  const iframe = document.createElement('iframe');
  const handle = document.createElement('div');
  const style = document.createElement('style');
  const key = crypto.randomUUID();
  const src = browser.runtime.getURL('/sidebar.html');
  // The sidebar document's origin: the static one even when `src` is Chromium's dynamic URL (only
  // web-accessible files get dynamic URLs, so getURL('/') names the static origin).
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const done = new AbortController();
  const listen = { signal: done.signal };
  style.id = DOCK_STYLE_ID;
  wrapper.id = DOCK_ID;
  iframe.src = src;
  // Wakes the background now: it loads the search index while the frame boots.
  browser.runtime.sendMessage(WARM_UP).catch(() => {});
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
  // The clipboard fallback runs inside the frame, which is cross-origin to the page. Named origin:
  // the default ('src') would be the dynamic URL's, not the static one the sidebar document has.
  iframe.setAttribute('allow', `clipboard-write ${origin}`);

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
  wrapper.append(handle, iframe);

  const apply = (next: SidebarState) => {
    state = next;
    const width = next.open ? clampSidebarWidth(next.width) : SIDEBAR_TAB_WIDTH;
    important(wrapper, { width: `${width}px` });
    important(handle, { display: next.open ? 'block' : 'none' });
    handle.setAttribute('aria-valuenow', String(width));
    style.textContent = `html{margin-right:${width}px!important;}`;
    if (!style.isConnected) root.append(style);
  };

  const remove = () => {
    done.abort();
    observer.disconnect();
    wrapper.remove();
    style.remove();
  };
  const broken = () => {
    if (done.signal.aborted) return;
    remove();
    onBroken();
  };

  // The key goes to whatever document has loaded in this frame, and only if it is the extension's:
  // a page cannot read a message posted to a cross-origin frame. The sidebar never navigates, so a
  // second load means the page navigated the frame.
  let loads = 0;
  iframe.addEventListener(
    'load',
    (event) => {
      if (!event.isTrusted) return;
      if (loads++) return broken();
      iframe.contentWindow?.postMessage({ sigapKey: key }, origin);
    },
    listen,
  );
  const observer = new MutationObserver(() => {
    if (wrapper.parentNode !== document.documentElement || iframe.parentNode !== wrapper) broken();
    else if (iframe.getAttribute('src') !== src) broken();
  });

  // Dragging: the frame would swallow pointer events, so it ignores them while the handle drags.
  // Only the agent's own input counts: a page script could dispatch these events too.
  let dragging = false;
  handle.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      dragging = true;
      handle.setPointerCapture(event.pointerId);
      important(iframe, { 'pointer-events': 'none' });
    },
    listen,
  );
  handle.addEventListener(
    'pointermove',
    (event) => {
      if (dragging && event.isTrusted)
        apply({ ...state, width: clampSidebarWidth(window.innerWidth - event.clientX) });
    },
    listen,
  );
  handle.addEventListener(
    'pointerup',
    (event) => {
      if (!dragging || !event.isTrusted) return;
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
      if (!delta || !event.isTrusted) return;
      event.preventDefault();
      const width = clampSidebarWidth(state.width + delta);
      apply({ ...state, width });
      onResized(width);
    },
    listen,
  );

  root.append(wrapper);
  apply(initial);
  observer.observe(document, { childList: true });
  observer.observe(root, { childList: true });
  observer.observe(wrapper, { childList: true });
  observer.observe(iframe, { attributeFilter: ['src'] });

  return { iframe, key, apply, remove };
}
