/** English messages: provider-specific answers (lib/providers: auth-advisor and the notes it shows). */
export const providers = {} as const;
