// Keys of a tab's entries in storage.session (WXT's items add the `session:` area prefix).
// One source for the stores and the popup's early read, which reads storage without WXT.

export const findingsSessionKey = (tabId: number) => `findings:${tabId}`;
export const explainSessionKey = (tabId: number) => `explain:${tabId}`;
