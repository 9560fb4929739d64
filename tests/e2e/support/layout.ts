import { expect, type Locator, type Page } from "@playwright/test";

// Layout checks a machine can make: a page that fits a phone's width (WCAG 1.4.10 Reflow: no
// scrolling in two directions at 320 CSS px; we check the common 390 px phone), and a box that
// stays inside the box it belongs to.

export const phoneViewport = { width: 390, height: 844 };

type Offender = { element: string; width: number; right: number };

/**
 * Fails when the page scrolls sideways, naming the element that sticks out furthest. What is
 * inside a scroll box of its own (a wide table in a ScrollArea) is that box's business, not the
 * page's, so only the scroll box itself is measured.
 */
export async function expectFitsViewportWidth(page: Page, what: string) {
  const result = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth <= viewport) return { viewport, pageWidth, offenders: [] as Offender[] };
    const clipsSideways = (element: Element) => getComputedStyle(element).overflowX !== "visible";
    const insideScrollBox = (node: Node) => {
      for (let parent = node.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (clipsSideways(parent)) return true;
      }
      return false;
    };
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const classes =
        typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 6).join(".")}` : "";
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
      return `<${element.tagName.toLowerCase()}${id}${classes}>${text ? ` "${text}"` : ""}`;
    };
    const offenders: (Offender & { node: Node })[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= viewport + 0.5 || insideScrollBox(element)) continue;
      offenders.push({ node: element, element: describe(element), width: Math.round(box.width), right: Math.round(box.right) });
    }
    // Text runs past the end of a box that itself fits (a long word in a narrow column): no
    // element's box shows it, the text's own does.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || !text.textContent?.trim() || insideScrollBox(text)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.right <= viewport + 0.5) continue;
      offenders.push({ node: text, element: `text in ${describe(parent)}`, width: Math.round(box.width), right: Math.round(box.right) });
    }
    if (offenders.length === 0) return { viewport, pageWidth, offenders: [] as Offender[] };
    // The widest one shows how far the layout is pushed. What does the pushing is text that runs
    // out or something with a width of its own (a select sized to its longest option, a picture,
    // a table); block boxes and text fields that stick out have mostly been stretched by one of those.
    const widest = offenders.reduce((best, offender) => (offender.width > best.width ? offender : best));
    const intrinsic = new Set(["SELECT", "IMG", "svg", "TABLE", "PRE", "IFRAME", "VIDEO", "CANVAS"]);
    const pushers = offenders.filter((offender) => offender.node.nodeType === Node.TEXT_NODE || intrinsic.has(offender.node.nodeName));
    const innermost = offenders.filter((offender) => !offenders.some((other) => other !== offender && offender.node.contains(other.node)));
    const causes = (pushers.length > 0 ? pushers : innermost).sort((a, b) => b.right - a.right).slice(0, 3);
    return {
      viewport,
      pageWidth,
      offenders: [widest, ...causes.filter((offender) => offender !== widest)].map(({ element, width, right }) => ({
        element,
        width,
        right,
      })),
    };
  });
  const named = result.offenders
    .map((offender) => `${offender.element} (${offender.width} px wide, right edge at ${offender.right} px)`)
    .join("\n  ");
  // Soft: one run names every page that is too wide, not only the first.
  expect
    .soft(
      result.pageWidth,
      `${what} is ${result.pageWidth} px wide in a ${result.viewport} px window; the widest element sticking out, then what pushes it:\n  ${named}`,
    )
    .toBeLessThanOrEqual(result.viewport);
}

/** Fails when `inner`'s box is not wholly inside `outer`'s (something pushed out or cut off). */
export async function expectInside(inner: Locator, outer: Locator, what: string) {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  expect(a, `${what}: not shown`).not.toBeNull();
  expect(b, `${what}: its container is not shown`).not.toBeNull();
  const slack = 0.5;
  const inside =
    a!.x >= b!.x - slack &&
    a!.y >= b!.y - slack &&
    a!.x + a!.width <= b!.x + b!.width + slack &&
    a!.y + a!.height <= b!.y + b!.height + slack;
  expect(inside, `${what}: ${JSON.stringify(a)} is not inside ${JSON.stringify(b)}`).toBe(true);
}
