import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoredSnippet } from '../../lib/db/schema';
import { type ExtensionBrowser, launchWithExtension } from './support/extension';
import { readTable } from './support/read-db';
import { controlWorker, currentWorker, sendFromPage, workerMark } from './support/service-worker';

// The default snippets are seeded once, on the first start of the service worker. Chrome stops an
// idle worker after ~30 s and starts it again on the next message; before, every such start seeded
// the defaults into an empty snippet table, so an agent who deleted them saw them all come back.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

it('deleted default snippets stay deleted after the service worker is stopped and started again', async () => {
  const first = await currentWorker(browser.context);
  expect(await workerMark(first, 'sigap:snippets-seed')).toEqual({ seeded: true });

  const { page, errors } = await browser.open(
    `chrome-extension://${browser.extensionId}/options.html#snippet`,
  );
  // Delete every default in the Template/Snippet section, one by one as an agent would.
  const deleteButtons = page.getByRole('button', { name: /^Hapus / });
  await deleteButtons.first().waitFor();
  const defaults = await deleteButtons.count();
  expect(defaults).toBeGreaterThan(5);
  for (let left = defaults; left > 0; left--) {
    await deleteButtons.first().click();
    await expect.poll(() => deleteButtons.count()).toBe(left - 1);
  }
  await page.getByRole('heading', { name: 'Belum ada template' }).waitFor();
  expect(await readTable<StoredSnippet>(browser, 'snippets')).toEqual([]);

  const worker = await controlWorker(browser.context, page, first.url());
  await worker.stop();
  await sendFromPage(page, 'getSnippets');
  await worker.running();
  await worker.detach();
  // The new instance ran the start-up seeding again (a fresh mark: the first instance's said
  // `seeded: true`), and left the table alone.
  expect(await workerMark(first, 'sigap:snippets-seed')).toEqual({ seeded: false });
  expect(await readTable<StoredSnippet>(browser, 'snippets')).toEqual([]);
  await page.reload();
  await page.getByRole('heading', { name: 'Belum ada template' }).waitFor();
  expect(errors).toEqual([]);
});
