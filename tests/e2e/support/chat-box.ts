import type { Locator, Page } from 'playwright-core';

// The chat box of each simulator, as the tests know it (never Sigap's adapters): the rebuilt pages'
// evidenced markers first, then the old simulators' textarea / contenteditable. Exported for the
// Firefox suite (tests/e2e-firefox/), which drives the same pages through puppeteer-core.
export const CHAT_BOX = [
  '[data-cy="webchat-conversation-detail-input"] textarea',
  '#chat-input-textarea textarea',
  '.composer textarea',
  '[contenteditable="true"]',
  'textarea',
].join(', ');

export function chatBox(page: Page): Locator {
  return page.locator(CHAT_BOX).first();
}

/** Sends what the chat box holds the way an agent does on every one of these pages: Enter. */
export async function sendWithEnter(page: Page): Promise<void> {
  await chatBox(page).press('Enter');
}
