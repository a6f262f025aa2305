/** English messages: popup, options, background (badge title, context menu, notifications). */
export const ui = {
  /** The badge's tooltip. */
  'ui.badge.title':
    '{count, plural, =0 {No send errors on this page} one {# send error on this page} other {# send errors on this page}}',
} as const;
