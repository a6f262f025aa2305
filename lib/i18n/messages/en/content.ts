/** English messages: the in-page marker; kept apart so the content script loads only these. */
export const content = {
  /** The marker button's visible label: short (the button is at most 120 px wide). */
  'content.marker.text': 'Why?',
  /** Its accessible name: starts with the visible label, as speech input expects. */
  'content.marker.label': '{text} Explain this email error',
} as const;
