/** English messages: the in-page marker; kept apart so the content script loads only these. */
export const content = {} as const;
