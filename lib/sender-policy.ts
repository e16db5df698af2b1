import type { BackgroundProtocol } from './messaging';

// Who may ask the background for what. Only Sigap's own pages send it requests: the sidebar frame
// (catalog, snippets, reply samples, its own tab) and the options page (catalog and snippets, read
// for tests and benches; team connect and disconnect). Content scripts ask for nothing: their one
// message, the warm-up (lib/search-service/warm-up.ts), carries no data and gets no answer; they
// talk to the sidebar over its port.
// A message from anything else (another extension, a content script whose renderer a page took
// over) is refused, whatever it claims to be.

export type SenderKind = 'sidebar' | 'options' | 'content-script' | 'other';

/** The fields of runtime.MessageSender the policy reads (Chromium and Firefox). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Chromium only: the origin of the sending document. */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/'): chrome-extension://<id>/ or moz-extension://<uuid>/ */
  baseUrl: string;
}

function parse(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/**
 * scheme://host. Not URL.origin: for schemes the URL standard does not know (chrome-extension:)
 * that is "null" outside the browser.
 */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

export function senderKind(sender: SenderInfo, self: Self): SenderKind {
  if (sender.id !== self.id) return 'other';
  const url = parse(sender.url);
  const own = parse(self.baseUrl);
  if (!url || !own) return 'other';
  const ownOrigin = originOf(own);
  if (originOf(url) === ownOrigin) {
    // Where Chromium reports the document's origin it must agree with its URL.
    if (sender.origin !== undefined && sender.origin !== ownOrigin) return 'other';
    // The sidebar is only ever framed inside a marketplace tab (frame 0 is the page itself).
    if (url.pathname === '/sidebar.html')
      return sender.tab?.id != null && sender.frameId != null && sender.frameId > 0 ? 'sidebar' : 'other';
    if (url.pathname === '/options.html') return 'options';
    return 'other';
  }
  return sender.tab?.id != null && url.protocol === 'https:' ? 'content-script' : 'other';
}

/** For each request, the senders it is answered for. */
export const ALLOWED_SENDERS: Record<keyof BackgroundProtocol, readonly SenderKind[]> = {
  catalogStatus: ['sidebar', 'options'],
  searchCatalog: ['sidebar', 'options'],
  getSnippets: ['sidebar', 'options'],
  snippetUsed: ['sidebar'],
  recordReplySamples: ['sidebar'],
  whoAmI: ['sidebar'],
  teamConnect: ['options'],
  teamDisconnect: ['options'],
};

/** Null when `sender` may send `type`, else why not (for the background's log). */
export function senderRefusal(type: keyof BackgroundProtocol, sender: SenderInfo, self: Self): string | null {
  const kind = senderKind(sender, self);
  if (ALLOWED_SENDERS[type].includes(kind)) return null;
  const where = parse(sender.url);
  const from = where ? `${originOf(where)}${where.pathname}` : 'an unknown document';
  return `${type} is not answered for ${kind === 'other' ? 'a sender outside Sigap' : `the ${kind}`} (${from}, frame ${sender.frameId ?? '?'})`;
}
