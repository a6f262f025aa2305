import { chromiumPath, launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { builtExtension } from './build';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from './fixture-server';

/** One suite's world: the built extension in Chromium, the fixture sites on loopback. */
export interface ExtensionSuite {
  server: FixtureServer;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function openExtensionSuite(
  routes: readonly FixtureRoute[],
  options: LaunchOptions = {},
): Promise<ExtensionSuite> {
  // No Chromium: fail here, loudly, rather than pass without testing anything.
  chromiumPath();
  const server = await startFixtureServer(routes);
  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension(builtExtension('chrome-mv3'), server.port, options);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
