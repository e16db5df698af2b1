// LAYOUT DRIFT CASE. This is Sigap's OLD Shopee simulator, written from the same guesses as the
// first adapters; today's real page is simulated by ../shopee-webchat/. It is kept, unchanged, as a layout
// Sigap's Shopee markers do not know: served for `?sim=drift` (and, for Tokopedia, the classic
// seller.tokopedia.com host) by tests/e2e/support/simulators.ts, so the layout-independent fallback
// (focused editable, geometry, send control, bubble side) must still work on it.
// Shopee seller-chat simulator. Plain browser JavaScript, no build step (served as a file by the e2e
// tests and `npm run demo`). It behaves like the real chat where Sigap depends on it:
// - single-page navigation between conversations (history.pushState, /webchat/conversations/<id>);
// - a composer that behaves like a React controlled <textarea>: the app keeps its own state, listens
//   to `input` events and, like React's value tracker, ignores an input event when the value was set
//   by a plain `el.value = ...` assignment; Send is disabled and the "n/600" counter reads 0 until the
//   app's own state is non-empty; Enter (without Shift) or the Send button sends;
// - buyer messages that arrive while the agent works (window.__sim.receiveBuyerMessage);
// - `?layout=unknown` renders a page without the expected chat DOM, for health tests.
(() => {
  const MAX_LENGTH = 600;
  const CHAT_BASE = '/webchat/conversations';
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;
  const loadedAt = Date.now();

  let nextMessageId = 1;
  const message = (from, text, at) => ({ id: `m${nextMessageId++}`, from, text, at });

  /** Conversations with Indonesian buyers; times are relative to page load so "10:32" stays realistic. */
  const conversations = [
    {
      id: '7318401122334455001',
      buyer: 'Siti Rahmawati',
      unread: 1,
      draft: '',
      messages: [
        message('buyer', 'Halo kak, hijab segi empat voal warna mocca masih ready?', loadedAt - 26 * HOUR),
        message(
          'auto',
          'Terima kasih sudah menghubungi Toko Berkah Jaya. Kami akan membalas secepatnya ya kak 🙏',
          loadedAt - 26 * HOUR,
        ),
        message('seller', 'Ready kak, mau berapa pcs?', loadedAt - 20 * HOUR),
        message('buyer', 'Mau 2 pcs kak, bisa dikirim hari ini?', loadedAt - 12 * MINUTE),
      ],
    },
    {
      id: '7318401122334455002',
      buyer: 'Budi Santoso',
      unread: 1,
      draft: '',
      messages: [
        message('buyer', 'Gan, paket saya belum sampai. Resi JNE 0123456789', loadedAt - 3 * HOUR),
        message(
          'seller',
          'Mohon maaf kak, kami cek dulu ke ekspedisi ya.',
          loadedAt - 2 * HOUR - 50 * MINUTE,
        ),
        message('buyer', 'Oke gan, ditunggu kabarnya', loadedAt - 5 * MINUTE),
      ],
    },
    {
      id: '7318401122334455003',
      buyer: 'Dewi Lestari',
      unread: 2,
      draft: '',
      messages: [
        message('buyer', 'Kak, gamis ukuran XL lingkar dadanya berapa?', loadedAt - 50 * MINUTE),
        message('buyer', 'Sama bahannya adem nggak kak?', loadedAt - 49 * MINUTE),
      ],
    },
    {
      id: '7318401122334455004',
      buyer: 'Agus Pratama',
      unread: 0,
      draft: '',
      messages: [
        message('buyer', 'Terima kasih kak, barangnya sudah sampai', loadedAt - 50 * HOUR),
        message('seller', 'Sama-sama kak, ditunggu order berikutnya 😊', loadedAt - 49 * HOUR),
      ],
    },
  ];

  const layout = new URLSearchParams(location.search).get('layout') ?? 'normal';
  const app = document.getElementById('app');
  const pad = (n) => String(n).padStart(2, '0');
  const clock = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  const dayStart = (ms) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  /** Day label as a separator shows it: Hari ini, Kemarin, or 12/11/2026. */
  const dayLabel = (ms) => {
    const today = dayStart(Date.now());
    const day = dayStart(ms);
    if (day === today) return 'Hari ini';
    if (day === dayStart(today - 12 * HOUR)) return 'Kemarin';
    const d = new Date(ms);
    return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  };
  /** Time as the conversation list shows it: 10:32 today, Kemarin, else 12/11. */
  const listTime = (ms) => {
    const label = dayLabel(ms);
    if (label === 'Hari ini') return clock(ms);
    if (label === 'Kemarin') return label;
    const d = new Date(ms);
    return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}`;
  };

  function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  const find = (id) => conversations.find((c) => c.id === id) ?? null;
  const conversationIdFromPath = () => {
    const match = /^\/webchat\/conversations\/([^/?#]+)/.exec(location.pathname);
    return match ? decodeURIComponent(match[1]) : null;
  };
  const isChatRoute = () => /^\/webchat(\/|$)/.test(location.pathname);
  let openId = null;

  // --- Composer: a React-like controlled textarea ------------------------------------------------

  const textarea = h('textarea', {
    class: '_1c6mFhWz chat-textarea',
    placeholder: 'Tulis pesan',
    rows: '3',
    maxlength: String(MAX_LENGTH),
  });
  const counter = h('span', { class: '_2kVnY3Hx chat-counter' }, `0/${MAX_LENGTH}`);
  const sendButton = h('button', {
    type: 'button',
    class: '_3pqXtZ7a send-button',
    'aria-label': 'Kirim pesan',
    title: 'Kirim',
    disabled: true,
    onclick: () => send(),
  });
  sendButton.append(h('span', { 'aria-hidden': 'true' }, '➤'));

  // React keeps a "tracked value" per input: its instance-level `value` setter records what code
  // assigned, and an `input` event whose current value equals the tracked one is dropped as "no
  // change". Typing, execCommand and the prototype's native setter bypass the instance setter, so
  // their input events reach the app, exactly as with React.
  const nativeValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  let trackedValue = '';
  Object.defineProperty(textarea, 'value', {
    configurable: true,
    get() {
      return nativeValue.get.call(this);
    },
    set(next) {
      trackedValue = String(next);
      nativeValue.set.call(this, next);
    },
  });

  function draft() {
    return find(openId)?.draft ?? '';
  }

  function setDraft(next) {
    const conversation = find(openId);
    if (!conversation) return;
    conversation.draft = next;
    renderComposerState();
  }

  /** What React's re-render does: write the state back only when the DOM differs (through the tracker). */
  function renderComposerState() {
    const state = draft();
    if (textarea.value !== state) textarea.value = state;
    counter.textContent = `${state.length}/${MAX_LENGTH}`;
    sendButton.disabled = state.trim().length === 0;
  }

  textarea.addEventListener('input', () => {
    const current = nativeValue.get.call(textarea);
    if (current === trackedValue) return; // React: the value tracker saw no change
    trackedValue = current;
    setDraft(current.slice(0, MAX_LENGTH));
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  });

  function send() {
    const conversation = find(openId);
    const text = draft();
    if (!conversation || text.trim().length === 0) return;
    conversation.messages.push(message('seller', text, Date.now()));
    conversation.unread = 0;
    conversation.draft = '';
    renderComposerState();
    render();
  }

  // --- Rendering ---------------------------------------------------------------------------------

  function renderRow(conversation) {
    const last = conversation.messages[conversation.messages.length - 1];
    const active = conversation.id === openId;
    return h(
      'div',
      {
        role: 'row',
        class: `z8iJb5Jo conversation-row${active ? ' _2Ehbq7Nx' : ''}`,
        'aria-selected': active ? 'true' : 'false',
        'data-conversation-id': conversation.id,
        tabindex: '0',
        onclick: () => navigate(`${CHAT_BASE}/${conversation.id}`),
      },
      h('div', { class: '_1v3mWzRa avatar', 'aria-hidden': 'true' }, conversation.buyer.slice(0, 1)),
      h(
        'div',
        { class: '_3nQvL0c2' },
        h('div', { class: '_1Hq7TPu4', title: conversation.buyer }, conversation.buyer),
        h('div', { class: '_2yFq3kLm' }, h('span', { title: last?.text ?? '' }, last?.text ?? '')),
        h('div', { class: '_3Ua8rEYn' }, conversation.unread > 0 ? String(conversation.unread) : ''),
      ),
      h('div', { class: '_2ZpFa9Sd row-time' }, last ? listTime(last.at) : ''),
    );
  }

  function renderMessages(conversation) {
    const nodes = [];
    let lastDay = null;
    for (const m of conversation.messages) {
      const day = dayLabel(m.at);
      if (day !== lastDay) {
        nodes.push(h('div', { role: 'separator', class: '_1nXxQ4Tb chat-date-separator' }, day));
        lastDay = day;
      }
      const side = m.from === 'buyer' ? 'buyer' : 'seller';
      nodes.push(
        h(
          'div',
          {
            class: `_3t5UBmrY chat-message chat-message--${side}${m.from === 'auto' ? ' chat-message--auto-reply' : ''}`,
          },
          m.from === 'auto' ? h('span', { class: '_9kYd2Lh1 auto-label' }, 'Balasan Otomatis') : null,
          h('pre', { class: `_2Zb8khbV${side === 'seller' ? ' _3oQWa8rd' : ''}` }, m.text),
          h('div', { class: '_3fF9tZdS chat-message__time' }, clock(m.at)),
        ),
      );
    }
    return nodes;
  }

  // The chat is built once and then updated in place, as React would: a buyer message arriving while
  // the agent types must not move (and blur) the chat box.
  const rowgroup = h('div', { role: 'rowgroup', class: 'ReactVirtualized__Grid__innerScrollContainer' });
  const headerName = h('div', { class: '_2xGq7nBv' });
  const header = h(
    'div',
    { class: '_2QdmBhpU chat-header' },
    h(
      'div',
      { class: 'shopee-react-dropdown' },
      h('div', { class: '_1qnX2cPk' }, headerName, h('i', {}, '▾')),
    ),
  );
  const messageList = h('div', { role: 'log', class: '_1WQ6dLyY message-list' });
  const inputArea = h(
    'div',
    { class: '_2dQk1pLx chat-input' },
    textarea,
    h('div', { class: '_1sPzR7Xn chat-input__footer' }, counter, sendButton),
  );
  const welcome = h(
    'p',
    { class: 'welcome' },
    'Selamat datang di Shopee Chat. Pilih percakapan untuk mulai membalas.',
  );
  const chatPane = h('div', { class: '_3H8fDhSA chat-pane' });
  const chatRoot = h(
    'div',
    { id: 'shopee-mini-chat-embedded', class: 'webchat-root' },
    h(
      'div',
      { class: '_3aXoLkU8' },
      h('div', { class: '_1B6p8Hq2 chat-title' }, 'Chat'),
      h(
        'div',
        { class: '_2d5yHz6c chat-body' },
        h(
          'div',
          { class: '_1kGSp0ur list-pane' },
          h(
            'div',
            { class: 'shopee-react-input' },
            h('input', { type: 'search', placeholder: 'Cari nama pembeli', 'aria-label': 'Cari' }),
          ),
          h(
            'div',
            {
              role: 'grid',
              'aria-label': 'Daftar chat',
              class: 'ReactVirtualized__Grid ReactVirtualized__List',
            },
            rowgroup,
          ),
        ),
        chatPane,
      ),
    ),
  );

  function renderChat() {
    const open = find(openId);
    if (open) open.unread = 0;
    rowgroup.replaceChildren(...conversations.map(renderRow));
    if (open) {
      headerName.textContent = open.buyer;
      chatPane.setAttribute('data-conversation-id', open.id);
      chatPane.classList.remove('chat-pane--empty');
      messageList.replaceChildren(...renderMessages(open));
      if (chatPane.firstChild !== header) chatPane.replaceChildren(header, messageList, inputArea);
    } else {
      chatPane.removeAttribute('data-conversation-id');
      chatPane.classList.add('chat-pane--empty');
      chatPane.replaceChildren(welcome);
    }
    renderComposerState();
  }

  function renderNonChat() {
    return h(
      'main',
      { class: 'portal' },
      h('h1', {}, 'Produk Saya'),
      h('p', {}, 'Halaman ini bukan chat.'),
      h('a', { href: `${CHAT_BASE}/${conversations[0].id}`, onclick: linkClick }, 'Buka Chat'),
    );
  }

  function renderUnknownLayout() {
    return h(
      'main',
      { class: 'maintenance' },
      h('h1', {}, 'Shopee Chat sedang diperbarui'),
      h('p', {}, 'Silakan coba beberapa saat lagi.'),
    );
  }

  function topbar() {
    return h(
      'header',
      { class: 'sc-topbar' },
      h('strong', { class: 'sc-logo' }, 'Shopee Seller Centre'),
      h(
        'nav',
        {},
        h('a', { href: '/portal/product/list' }, 'Produk Saya'),
        h('a', { href: `${CHAT_BASE}/${conversations[0].id}`, onclick: linkClick }, 'Chat'),
      ),
    );
  }

  function linkClick(event) {
    event.preventDefault();
    navigate(event.currentTarget.getAttribute('href'));
  }

  const chatTopbar = topbar();

  function render() {
    if (layout === 'unknown') {
      app.replaceChildren(renderUnknownLayout());
      return;
    }
    if (!isChatRoute()) {
      openId = null;
      app.replaceChildren(topbar(), renderNonChat());
      return;
    }
    const wanted = conversationIdFromPath();
    const switched = wanted !== openId;
    const atBottom = messageList.scrollTop + messageList.clientHeight >= messageList.scrollHeight - 4;
    openId = find(wanted) ? wanted : null;
    renderChat();
    if (app.firstChild !== chatTopbar) app.replaceChildren(chatTopbar, chatRoot);
    if (switched || atBottom) messageList.scrollTop = messageList.scrollHeight;
  }

  function navigate(path) {
    if (location.pathname === path) return;
    history.pushState({}, '', path);
    render();
    if (find(openId)) textarea.focus();
  }

  addEventListener('popstate', render);

  // --- Test hook ---------------------------------------------------------------------------------

  window.__sim = {
    marketplace: 'shopee',
    layout,
    /** A buyer message arrives now, in the given conversation (default: the open one, else the first). */
    receiveBuyerMessage(text, options = {}) {
      const conversation = find(options.conversationId ?? openId ?? conversations[0].id);
      if (!conversation) throw new Error(`no conversation ${options.conversationId}`);
      const m = message('buyer', String(text), Date.now());
      conversation.messages.push(m);
      if (conversation.id !== openId) conversation.unread += 1;
      if (layout !== 'unknown') render();
      return m.id;
    },
    /** Opens a conversation the way a click on its row does. */
    openConversation(id) {
      navigate(`${CHAT_BASE}/${id}`);
    },
    /** In-page navigation to any path (e.g. /portal/product/list renders a non-chat view). */
    navigate,
    /** The app's own state: what it would send, and what it shows. */
    state() {
      const open = find(openId);
      return {
        marketplace: 'shopee',
        layout,
        path: location.pathname,
        conversationId: open?.id ?? null,
        buyerName: open?.buyer ?? null,
        composer: open?.draft ?? '',
        counter: counter.textContent,
        sendEnabled: !sendButton.disabled,
        loadedAt,
        messages: (open?.messages ?? []).map((m) => ({ ...m, time: clock(m.at) })),
        conversations: conversations.map((c) => ({
          id: c.id,
          buyerName: c.buyer,
          unread: c.unread,
          lastMessage: c.messages[c.messages.length - 1]?.text ?? '',
        })),
      };
    },
  };

  render();
})();
