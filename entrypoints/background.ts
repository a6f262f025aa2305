import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired up by the extension work: findings per tab, badge, context menu, probes.
});
