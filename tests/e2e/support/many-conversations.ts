import type { Page } from 'playwright-core';

/**
 * Adds `rows` unread conversations to the Shopee simulator's own conversation list, copies of its
 * first row, each with its own id, buyer name and a date 2 to 61 days back: what the content script
 * reads from a shop drowning in chats. Returns how many were added.
 */
export function addWaitingRows(page: Page, rows: number): Promise<number> {
  return page.evaluate((count) => {
    const template = document.querySelector('[data-conversation-id]');
    const group = template?.parentElement;
    if (!template || !group) return 0;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
      const row = template.cloneNode(true) as HTMLElement;
      row.dataset.conversationId = `many-${i}`;
      row.setAttribute('aria-selected', 'false');
      row.classList.remove('_2Ehbq7Nx');
      const name = `Pembeli ${i + 1}`;
      const nameEl = row.querySelector('div[title]');
      if (nameEl) {
        nameEl.setAttribute('title', name);
        nameEl.textContent = name;
      }
      const unread = row.querySelector('._3Ua8rEYn');
      if (unread) unread.textContent = String(1 + (i % 9));
      const day = new Date(Date.now() - (2 + (i % 60)) * 86_400_000);
      const time = row.querySelector('.row-time');
      // No helper function here: tsx would wrap it in a `__name` call the page does not have.
      if (time)
        time.textContent = `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}`;
      fragment.append(row);
    }
    group.append(fragment);
    return count;
  }, rows);
}
