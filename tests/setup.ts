import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './setup-node';

// findBy/waitFor wait on promises through fake IndexedDB and the fake browser; on a loaded 2-core
// CI machine that can take over Testing Library's default second. Speed is the benches' job.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
