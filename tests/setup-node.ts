import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach } from 'vitest';

// Set-up of the pure-logic tests (the `node` project in vitest.config.ts): no DOM, no Testing
// Library, whose import alone cost each file more than its tests did.
afterEach(() => {
  fakeBrowser.reset();
});
