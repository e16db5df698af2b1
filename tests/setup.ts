import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
