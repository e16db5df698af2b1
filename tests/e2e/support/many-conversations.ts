import type { Page } from 'playwright-core';

/**
 * Adds `rows` unread conversations to the Shopee simulator's own conversation list (the rebuilt
 * /new-webchat page), copies of its first row, each with its own buyer name, an unread count and a date
 * 2 to 61 days back: what the content script reads from a shop drowning in chats. Returns how many
 * were added. The row's parts are found by the page's evidenced data-cy names (the tests' own
 * knowledge, see tests/e2e/simulators/shopee-webchat/app.js).
 */
export function addWaitingRows(page: Page, rows: number): Promise<number> {
  return page.evaluate((count) => {
    const root = document.querySelector('[data-cy^="webchat-conversation-cell-root"]');
    const template = root?.parentElement;
    const group = template?.parentElement;
    if (!template || !group) return 0;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
      const row = template.cloneNode(true) as HTMLElement;
      row
        .querySelector('[data-cy^="webchat-conversation-cell-root"]')
        ?.setAttribute('data-cy', 'webchat-conversation-cell-root');
      const name = `Pembeli ${i + 1}`;
      const nameEl = row.querySelector('[data-cy="webchat-conversation-cell-name"]');
      if (nameEl) {
        nameEl.setAttribute('title', name);
        nameEl.textContent = name;
      }
      const indicator = row.querySelector(
        '[data-cy="webchat-conversation-cell-message"]',
      )?.nextElementSibling;
      if (indicator) indicator.textContent = String(1 + (i % 9));
      const day = new Date(Date.now() - (2 + (i % 60)) * 86_400_000);
      const time = row.querySelector('[data-cy="webchat-conversation-cell-timestamp"]');
      // No helper function here: tsx would wrap it in a `__name` call the page does not have.
      if (time)
        time.textContent = `${String(day.getDate()).padStart(2, '0')}/${String(day.getMonth() + 1).padStart(2, '0')}`;
      fragment.append(row);
    }
    group.append(fragment);
    return count;
  }, rows);
}
