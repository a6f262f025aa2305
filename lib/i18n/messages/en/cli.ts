/** English messages: the smtp-doctor command line. */
export const cli = {} as const;
