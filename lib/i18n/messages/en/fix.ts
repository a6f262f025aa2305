/** English messages: the guided fix and client settings (lib/fix). */
export const fix = {} as const;
