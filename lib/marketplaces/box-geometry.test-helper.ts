import type { Box, Geometry } from './geometry';

// Test-only: a geometry read from the page's own `data-box="left top right bottom"` attributes (and
// `data-scrolls` for scrolling containers), so the page signals can be tested without a layout engine.

function boxOf(element: Element): Box {
  const [left = 0, top = 0, right = 0, bottom = 0] = (element.getAttribute('data-box') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return { left, top, right, bottom };
}

function depth(element: Element): number {
  let d = 0;
  for (let e = element.parentElement; e; e = e.parentElement) d++;
  return d;
}

/** Elements without a data-box take their first ancestor's box (text leaves inside a bubble). */
function effectiveBox(element: Element): Box {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (e.hasAttribute('data-box')) return boxOf(e);
  }
  return { left: 0, top: 0, right: 0, bottom: 0 };
}

export function boxGeometry(doc: Document, viewport = { width: 1366, height: 768 }): Geometry {
  return {
    box: effectiveBox,
    viewport: () => viewport,
    at(x, y) {
      return Array.from(doc.querySelectorAll('[data-box]'))
        .filter((el) => {
          const b = boxOf(el);
          return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
        })
        .sort((a, b) => depth(b) - depth(a));
    },
    scrolls: (element) => element.hasAttribute('data-scrolls'),
  };
}
