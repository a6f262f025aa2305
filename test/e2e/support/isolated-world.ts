import type { BrowserContext, Page } from 'playwright-core';

/**
 * Evaluate inside the extension's content-script world of a page's main frame,
 * over the DevTools protocol (the same way the benchmark reads the watcher's
 * stats). Returns null when the content script was not injected at all.
 */
export async function evaluateInContentScript<T>(
  context: BrowserContext,
  page: Page,
  extensionName: string,
  expression: string,
): Promise<T | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const worlds: Array<{ id: number; name: string; auxData?: { frameId?: string; type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: (typeof worlds)[number] }) => {
      worlds.push(event.context);
    });
    // Enabling the domain reports every existing context.
    await cdp.send('Runtime.enable');
    const world = worlds.find(
      (w) =>
        w.auxData?.type === 'isolated' &&
        w.auxData.frameId === frameTree.frame.id &&
        w.name === extensionName,
    );
    if (!world) return null;
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Resolves once Chromium is past injecting the page's `document_idle` content scripts,
 * so that "not injected" can be checked: it injects them at the latest in a task it
 * posts when the document has finished loading. This waits for that (`readyState`
 * complete), then for a task queued after it.
 */
export async function pastDocumentIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}
