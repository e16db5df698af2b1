import type { PageParts } from './types';

/** Test-only: a page read wholly through the marketplace's own markers. */
export const MARKED_PARTS: PageParts = {
  composer: 'marker',
  send: 'marker',
  messages: 'marker',
  senders: 'marker',
  times: 'marker',
  buyer: 'marker',
  list: 'marker',
};
