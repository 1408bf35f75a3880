import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A control counts as there only if its centre is inside the viewport and the element at that point
 * is the control or one of its descendants (nothing covers it). Scrolls it into view first, as a person would.
 */
export async function expectReachable(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  expect(box, `${locator.toString()} has no box (hidden or zero size)`).not.toBeNull();
  const vp = page.viewportSize() ?? { width: 0, height: 0 };
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  expect(x >= 0 && x < vp.width && y >= 0 && y < vp.height, `${locator.toString()} centre (${x}, ${y}) is outside the viewport`).toBe(true);
  const hits = await locator.evaluate(
    (el, [cx, cy]) => {
      const top = document.elementFromPoint(cx!, cy!);
      return !!top && (top === el || el.contains(top));
    },
    [x, y],
  );
  expect(hits, `${locator.toString()} is covered at its centre`).toBe(true);
}
