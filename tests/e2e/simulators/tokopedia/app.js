// LAYOUT DRIFT CASE. This is Sigap's OLD Tokopedia simulator, written from the same guesses as the
// first adapters; today's real page is simulated by ../tiktok-chat/. It is kept, unchanged, as a layout
// Sigap's Tokopedia markers do not know: served for `?sim=drift` (and, for Tokopedia, the classic
// seller.tokopedia.com host) by tests/e2e/support/simulators.ts, so the layout-independent fallback
// (focused editable, geometry, send control, bubble side) must still work on it.
// Tokopedia seller-chat simulator. Plain browser JavaScript, no build step (served as a file by the
// e2e tests and `npm run demo`). It behaves like the real chat where Sigap depends on it:
// - single-page navigation between conversations (history.pushState, /chat/<id>);
// - a contenteditable editor whose app state is updated only from `input` events (it reads the
//   editor's text on input), so DOM changes not followed by an input event are ignored; Send is
//   enabled only when that state is non-empty; Enter (without Shift) or the Send button sends;
// - buyer messages that arrive while the agent works (window.__sim.receiveBuyerMessage);
// - `?layout=unknown` renders a page without the expected chat DOM, for health tests.
(() => {
  const CHAT_BASE = '/chat';
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;
  const loadedAt = Date.now();

  let nextMessageId = 1;
  const message = (from, text, at) => ({ id: `t${nextMessageId++}`, from, text, at });

  const conversations = [
    {
      id: '5512340001',
      buyer: 'Rina Wulandari',
      unread: 1,
      draft: '',
      messages: [
        message('buyer', 'Siang kak, sepatu sneakers putih ukuran 39 ada?', loadedAt - 25 * HOUR),
        message('seller', 'Ada kak, silakan diorder ya 😊', loadedAt - 24 * HOUR),
        message('buyer', 'Kalau tukar ukuran bisa kak?', loadedAt - 18 * MINUTE),
      ],
    },
    {
      id: '5512340002',
      buyer: 'Joko Susilo',
      unread: 1,
      draft: '',
      messages: [
        message('buyer', 'Pesanan saya kok belum dikirim ya?', loadedAt - 2 * HOUR),
        message(
          'auto',
          'Halo! Terima kasih sudah menghubungi kami. Pesanan diproses di hari kerja pukul 08.00–17.00.',
          loadedAt - 2 * HOUR,
        ),
        message('buyer', 'Sudah 3 hari lho kak', loadedAt - 7 * MINUTE),
      ],
    },
    {
      id: '5512340003',
      buyer: 'Putri Anggraini',
      unread: 0,
      draft: '',
      messages: [
        message('buyer', 'Barang sudah diterima, makasih kak', loadedAt - 30 * HOUR),
        message('seller', 'Terima kasih kembali kak, jangan lupa ulasannya ya', loadedAt - 29 * HOUR),
      ],
    },
  ];

  const layout = new URLSearchParams(location.search).get('layout') ?? 'normal';
  const root = document.getElementById('zeus-root');
  const pad = (n) => String(n).padStart(2, '0');
  const clock = (ms) => {
    const d = new Date(ms);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  const dayStart = (ms) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  /** Separator label: Hari ini, Kemarin, or 12 Nov 2026. */
  const dayLabel = (ms) => {
    const today = dayStart(Date.now());
    const day = dayStart(ms);
    if (day === today) return 'Hari ini';
    if (day === dayStart(today - 12 * HOUR)) return 'Kemarin';
    const d = new Date(ms);
    return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  };
  const listTime = (ms) => {
    const label = dayLabel(ms);
    return label === 'Hari ini' ? clock(ms) : label === 'Kemarin' ? label : label.replace(/ \d{4}$/, '');
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
    const match = /^\/chat\/(?:detail\/)?([^/?#]+)/.exec(location.pathname);
    return match ? decodeURIComponent(match[1]) : null;
  };
  const isChatRoute = () => /^\/(chat|im)(\/|$)/.test(location.pathname);
  let openId = null;

  // --- Composer: an input-driven contenteditable editor --------------------------------------------

  const editor = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Tulis pesan',
    'data-testid': 'txtChatReply',
    'data-placeholder': 'Tulis pesan…',
    class: 'css-7rkq1e reply-editor',
  });
  const sendButton = h('button', {
    type: 'button',
    'data-testid': 'btnChatSend',
    'aria-label': 'Kirim',
    class: 'css-1b2xq9p send-button',
    disabled: true,
    onclick: () => send(),
  });
  sendButton.append('Kirim');

  /** The editor's text as the app reads it: line breaks kept, the trailing <br> newline dropped. */
  // innerText turns the editor's <div>/<br> lines into "\n", as editors do.
  const editorText = () => editor.innerText.replace(/\u00a0/g, ' ').replace(/\n$/, '');

  function draft() {
    return find(openId)?.draft ?? '';
  }

  function renderComposerState() {
    sendButton.disabled = draft().trim().length === 0;
  }

  // The app learns about the editor's content only from input events.
  editor.addEventListener('input', () => {
    const conversation = find(openId);
    if (!conversation) return;
    conversation.draft = editorText();
    renderComposerState();
  });
  editor.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  });

  function send() {
    const conversation = find(openId);
    const text = draft();
    if (!conversation || text.trim().length === 0) return;
    conversation.messages.push(message('seller', text.trim(), Date.now()));
    conversation.unread = 0;
    conversation.draft = '';
    editor.replaceChildren();
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
        'aria-label': 'ChatListItem',
        'data-testid': 'chatListItem',
        'data-msg-id': conversation.id,
        'aria-selected': active ? 'true' : 'false',
        class: `css-1k0x9eq${active ? ' css-active-9f3' : ''}`,
        tabindex: '0',
        onclick: () => navigate(`${CHAT_BASE}/${conversation.id}`),
      },
      h('div', { class: 'css-avatar', 'aria-hidden': 'true' }, conversation.buyer.slice(0, 1)),
      h(
        'div',
        { class: 'css-1f2ab3c' },
        h('h3', { 'data-testid': 'lblChatListName' }, conversation.buyer),
        h('p', { 'data-testid': 'lblChatListPreview' }, last?.text ?? ''),
      ),
      h(
        'div',
        { class: 'css-meta' },
        h('span', { 'data-testid': 'lblChatListTime' }, last ? listTime(last.at) : ''),
        conversation.unread > 0
          ? h('span', { 'data-testid': 'lblChatListUnread' }, String(conversation.unread))
          : null,
      ),
    );
  }

  function renderMessages(conversation) {
    const nodes = [];
    let lastDay = null;
    for (const m of conversation.messages) {
      const day = dayLabel(m.at);
      if (day !== lastDay) {
        nodes.push(h('div', { 'data-testid': 'lblChatDateSeparator', class: 'css-sep' }, day));
        lastDay = day;
      }
      const testid =
        m.from === 'buyer'
          ? 'chatBubbleBuyer'
          : m.from === 'auto'
            ? 'chatBubbleAutoReply'
            : 'chatBubbleSeller';
      nodes.push(
        h(
          'div',
          { 'data-testid': testid, class: `css-bubble css-bubble--${m.from}` },
          h(
            'div',
            { class: 'messageWrapper' },
            h('div', { class: 'css-text' }, m.text),
            m.from === 'auto' ? h('span', { class: 'css-auto-label' }, 'Balasan otomatis') : null,
            h('span', { 'data-testid': 'lblChatTime', class: 'css-time' }, clock(m.at)),
          ),
        ),
      );
    }
    return nodes;
  }

  // Built once and updated in place so the editor keeps focus and caret when a message arrives.
  const list = h('aside', { 'data-testid': 'chatList', class: 'css-list' });
  const roomName = h('h3', { 'data-testid': 'lblChatRoomName' });
  const roomHeader = h('header', { class: 'css-room-header' }, roomName);
  const messageList = h('div', { 'data-testid': 'chatRoomMessages', role: 'log', class: 'css-19idom' });
  const replyBox = h('div', { class: 'css-reply' }, editor, sendButton);
  const emptyRoom = h('p', { class: 'css-empty' }, 'Pilih chat untuk mulai membalas pembeli.');
  const room = h('section', { 'data-testid': 'chatRoom', class: 'css-room' });
  const page = h(
    'div',
    { 'data-testid': 'chatPage', class: 'css-page' },
    h('div', { class: 'css-topbar' }, h('strong', {}, 'Tokopedia Seller'), h('span', {}, 'Chat')),
    h('div', { class: 'css-columns' }, list, room),
  );

  function renderChat() {
    const open = find(openId);
    if (open) open.unread = 0;
    list.replaceChildren(...conversations.map(renderRow));
    if (open) {
      roomName.textContent = open.buyer;
      room.setAttribute('data-msg-id', open.id);
      messageList.replaceChildren(...renderMessages(open));
      if (room.firstChild !== roomHeader) room.replaceChildren(roomHeader, messageList, replyBox);
    } else {
      room.removeAttribute('data-msg-id');
      room.replaceChildren(emptyRoom);
    }
    renderComposerState();
  }

  function renderNonChat() {
    return h(
      'main',
      { class: 'css-home' },
      h('h1', {}, 'Beranda Toko'),
      h('p', {}, 'Ringkasan penjualan hari ini. Halaman ini bukan chat.'),
      h(
        'a',
        {
          href: `${CHAT_BASE}/${conversations[0].id}`,
          onclick: (event) => {
            event.preventDefault();
            navigate(`${CHAT_BASE}/${conversations[0].id}`);
          },
        },
        'Buka Chat',
      ),
    );
  }

  function renderUnknownLayout() {
    return h('main', { class: 'css-home' }, h('h1', {}, 'Halaman sedang dalam pemeliharaan'));
  }

  function render() {
    if (layout === 'unknown') {
      root.replaceChildren(renderUnknownLayout());
      return;
    }
    if (!isChatRoute()) {
      openId = null;
      root.replaceChildren(renderNonChat());
      return;
    }
    const wanted = conversationIdFromPath();
    const switched = wanted !== openId;
    const atBottom = messageList.scrollTop + messageList.clientHeight >= messageList.scrollHeight - 4;
    if (switched) {
      // Each conversation keeps its own draft; the editor shows the one of the open conversation.
      editor.textContent = find(wanted)?.draft ?? '';
    }
    openId = find(wanted) ? wanted : null;
    renderChat();
    if (root.firstChild !== page) root.replaceChildren(page);
    if (switched || atBottom) messageList.scrollTop = messageList.scrollHeight;
  }

  function navigate(path) {
    if (location.pathname === path) return;
    history.pushState({}, '', path);
    render();
    if (find(openId)) editor.focus();
  }

  addEventListener('popstate', render);

  window.__sim = {
    marketplace: 'tokopedia',
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
    openConversation(id) {
      navigate(`${CHAT_BASE}/${id}`);
    },
    navigate,
    state() {
      const open = find(openId);
      return {
        marketplace: 'tokopedia',
        layout,
        path: location.pathname,
        conversationId: open?.id ?? null,
        buyerName: open?.buyer ?? null,
        composer: open?.draft ?? '',
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
