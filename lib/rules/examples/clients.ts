import type { FamilyExamples } from './types';

export const clientExamples: FamilyExamples = {
  'outlook-hresult': {
    match: [
      [
        "Task 'user@example.com - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'",
        'port-blocked',
      ],
      [
        "Task 'Outgoing mail' reported error (0x800CCC78): 'Cannot send the message. Verify the e-mail address in your account properties.'",
        'sender-rejected',
      ],
      ["Task 'Mail - Sending' reported error (0x8004210B)", 'port-blocked'],
    ],
    noMatch: [
      "Task 'Synchronizing subscribed folders for user@example.com.' reported error (0x800CCC0E) : 'Outlook cannot synchronize subscribed folders.'",
      "Receiving reported error (0x800CCC92): 'Your e-mail server rejected your login.' POP3",
    ],
  },
};
