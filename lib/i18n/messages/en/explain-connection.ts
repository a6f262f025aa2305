/** English messages: connection failures, DNS, TLS, checks, facts, world, the explain() frame (lib/explanations: connection, encryption, checks, dns-readings, world, context, table, explain). */
export const explainConnection = {} as const;
