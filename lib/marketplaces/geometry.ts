// Where things are on screen, behind one small interface: the layout-independent signals need
// positions (the chat box low in the pane, the message list above it, bubble side), which a parsed
// fixture or happy-dom cannot give. Tests swap in a geometry of their own.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Geometry {
  box(element: Element): Box;
  viewport(): { width: number; height: number };
  /** The elements at a point of the viewport, topmost first. */
  at(x: number, y: number): Element[];
  /** True when the element scrolls its content vertically. */
  scrolls(element: Element): boolean;
}

function viewOf(element: Element): Window | null {
  return element.ownerDocument?.defaultView ?? null;
}

export const browserGeometry: Geometry = {
  box(element) {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  },
  viewport() {
    return { width: innerWidth, height: innerHeight };
  },
  at(x, y) {
    return typeof document.elementsFromPoint === 'function' ? document.elementsFromPoint(x, y) : [];
  },
  scrolls(element) {
    const overflow = viewOf(element)?.getComputedStyle(element).overflowY ?? '';
    return /auto|scroll|overlay/.test(overflow) && element.scrollHeight > element.clientHeight;
  },
};

let current: Geometry = browserGeometry;

export function geometry(): Geometry {
  return current;
}

/** Test seam: replaces the geometry; returns a function that restores the browser's. */
export function swapGeometry(next: Geometry): () => void {
  current = next;
  return () => {
    current = browserGeometry;
  };
}

export function isShown(box: Box): boolean {
  return box.right - box.left > 0 && box.bottom - box.top > 0;
}
