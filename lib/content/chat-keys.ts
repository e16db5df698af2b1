import { readEditorText } from '../composer';
import { comboOf } from '../key-combo';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { ContentToSidebar } from '../messaging';
import { SARAN_KEY } from '../saran-key';
import type { SnippetKeys } from '../settings';
import { findTrigger, isExpandKey } from '../snippets/triggers';

// Keys typed in the marketplace's chat box that belong to Sigap: snippet triggers ("/salam" + Tab),
// snippet hotkeys (Alt+1…9, Alt+G, Alt+C), the focus-search hotkey (Alt+K) and Saran's accept key
// (Alt+S: the sidebar inserts its chosen suggestion). Caught in the capture
// phase on window so the page's own handlers (Tab moving focus, Enter sending) never see them; every
// other key passes untouched. The sidebar does the rendering and sends the text back to insert.
//
// Only the agent's own keystrokes count (`isTrusted`): a page script can dispatch KeyboardEvents
// and input events of its own, and must not make Sigap insert anything. And only while a sidebar is
// connected (`active`): without one nothing would render the snippet, so the page keeps its keys.

const DRAFT_DEBOUNCE_MS = 300;

export interface ChatKeysOptions {
  adapter: MarketplaceAdapter;
  signal: AbortSignal;
  /** Whether a sidebar is connected to render what the keys ask for. */
  active(): boolean;
  keys(): SnippetKeys;
  send(message: ContentToSidebar): void;
  focusSearch(): void;
}

function inComposer(adapter: MarketplaceAdapter, target: EventTarget | null): HTMLElement | null {
  const composer = adapter.findComposer(document);
  return composer && target instanceof Node && composer.contains(target) ? composer : null;
}

export function watchChatKeys({ adapter, signal, active, keys, send, focusSearch }: ChatKeysOptions): void {
  const claim = (event: KeyboardEvent) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.isComposing || !active()) return;
    const composer = inComposer(adapter, event.target);
    if (!composer) return;
    const current = keys();
    const combo = comboOf(event);
    if (combo === current.focusSearchHotkey) {
      claim(event);
      focusSearch();
    } else if (current.hotkeys.includes(combo)) {
      claim(event);
      send({ type: 'snippet-hotkey', combo });
    } else if (combo === SARAN_KEY) {
      claim(event);
      send({ type: 'saran-accept' });
    } else if (isExpandKey(event, current.expandKey)) {
      const { text, caret } = readEditorText(composer);
      const words = current.triggers.map((trigger) => ({ trigger }));
      const match = caret == null ? null : findTrigger(text, caret, words);
      if (!match) return;
      claim(event);
      send({ type: 'expand-trigger', trigger: match.snippet.trigger, start: match.start, end: match.end });
    }
  };
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    const composer = inComposer(adapter, event.target);
    if (!composer) return;
    clearTimeout(timer);
    timer = setTimeout(() => send({ type: 'draft', text: readEditorText(composer).text }), DRAFT_DEBOUNCE_MS);
  };
  window.addEventListener('input', onInput, { capture: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
