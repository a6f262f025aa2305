import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    // The watcher lands with the extension work.
  },
});
