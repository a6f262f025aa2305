/** English messages: popup, options, background (badge title, context menu, notifications). */
export const ui = {
  /** The badge's tooltip. */
  'ui.badge.title':
    '{count, plural, =0 {No send errors on this page} one {# send error on this page} other {# send errors on this page}}',
  /** The context-menu item on selected text (also quoted in the popup). */
  'ui.menu.explain': 'Explain this email error',

  // Popup frame
  'ui.popup.count': '{count, plural, one {# send error on this page} other {# send errors on this page}}',
  'ui.popup.settings': 'Settings',
  'ui.popup.selected': 'The text you selected',
  'ui.popup.lead':
    '{count, plural, =1 {One email send error on this page.} other {# email send errors on this page.}}',
  'ui.popup.none': 'No email send errors seen on this page.',
  'ui.popup.another': 'Explain another error message',
  'ui.popup.pasteHeading': 'Paste an error',
  'ui.popup.watches':
    'Watches Gmail, Outlook, Yahoo Mail, self-hosted webmail (Roundcube, SOGo, Zimbra …) and hosting panels (cPanel, Plesk, DirectAdmin, WordPress) for send errors. Anywhere else: select the error, right-click, “{menu}”.',

  // Paste box
  'ui.paste.heading': 'Explain an error message',
  'ui.paste.hint':
    'Paste the error your mail app, website or server showed. It is read here, on this device.',
  'ui.paste.placeholder': 'e.g. {example}',
  'ui.paste.explain': 'Explain',
  'ui.paste.clear': 'Clear',

  // Copy buttons and steps
  'ui.copy.copy': 'Copy',
  'ui.copy.copied': 'Copied',
  'ui.copy.failed': 'Select and copy',
  'ui.copy.value': 'Copy {label}',
  'ui.steps.copy': 'Copy step {step}',

  // Confidence
  'ui.confidence.high': 'Likely',
  'ui.confidence.medium': 'Possible',
  'ui.confidence.low': 'Uncertain',
  'ui.confidence.line': '{word} · {percent}% confidence',
  'ui.confidence.label': 'Confidence',

  // A finding's card
  'ui.card.who': 'Who can fix it: ',
  'ui.card.next': 'Next step: ',
  'ui.card.causes': 'Possible causes, most likely first',
  'ui.card.terms': 'Terms used above',
  'ui.card.evidence': 'What the error said, and how sure this is',
  'ui.card.diagnosis': 'Diagnosis: ',
  'ui.card.errorText': 'The error text',
  'ui.card.assumed': 'assumed',
  'ui.card.why': 'Why this happens',
  'ui.card.alternatives': 'Could also be ({count})',
  'ui.card.copyCheck': 'Copy check: {title}',
  'ui.card.howToFix': 'How to fix it',
  'ui.card.fixSteps': 'Fix steps',
  'ui.card.confirm': 'Confirm it: probes and checks',
  'ui.card.checks': 'Checks',
  'ui.card.copyMessage': 'Copy message',
  'ui.card.copySettings': 'Copy settings',
  'ui.card.showMessage': 'Show the message',
  'ui.card.showSettings': 'Show the settings',
  'ui.card.fromPasted': 'From the text you pasted',
  'ui.card.fromSelected': 'From the text you selected',
  'ui.card.seenOnAt': 'Seen on {host} at {time}',
  'ui.card.seenHereAt': 'Seen on this page at {time}',
  'ui.card.seenOn': 'Seen on {host}',
  'ui.card.seenHere': 'Seen on this page',

  // Earlier findings
  'ui.earlier.title': 'Earlier on this page',
  'ui.earlier.seen': 'Seen at {seen}',
  'ui.earlier.seenGone': 'Seen at {seen}, gone at {gone}',

  // Options page frame
  'ui.options.title': 'SMTP Doctor settings',
  'ui.options.autosave': 'Changes are saved as you make them.',
  'ui.options.saved': 'Saved',
  'ui.options.saveFailed': 'Could not save: the browser refused to store it.',
  'ui.options.repaired': 'Some saved settings could not be read and were reset to their defaults',
  'ui.options.repairedList': ': {issues}. Check them below.',
  'ui.options.missing': 'Nothing saved yet: these are the defaults.',
  'ui.options.advanced': 'Advanced: where probes run, and DNS look-ups',
  'ui.options.language.label': 'Language of SMTP Doctor',
  'ui.options.language.auto': 'The browser’s language ({language})',
} as const;
