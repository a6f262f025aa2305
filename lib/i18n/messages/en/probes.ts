/** English messages: the popup's probe, login-check, DNS and manual-check panels and the probe runner's messages (keys start with "probes."). */
export const probesUi = {} as const;
