import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
