/** English messages: authentication, delivery, policy, the answer-first lines and the glossary (lib/explanations: auth, delivery, policy, answer, glossary; lib/audience). */
export const explainPolicy = {} as const;
