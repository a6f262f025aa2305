/** English messages: the options page's remaining sections: provider detection, native probes, check results, site access, backend check, settings import/repair messages (keys start with "options."). */
export const optionsPage = {
  // Detect from my address
  'options.detect.address': 'Your email address',
  'options.detect.submit': 'Detect settings',
  'options.detect.busy': 'Looking up the settings…',
  'options.detect.enterAddress': 'Enter an email address such as {example}.',
  'options.detect.isProvider': '{domain} is {name}.',
  'options.detect.found': 'Found the settings for {domain}.',
  'options.detect.none':
    'No settings found for {domain}. Choose the provider from the list, or ask your mail host for its SMTP server.',
  'options.detect.attempts': 'What was looked up',
  'options.detect.outcome.found': 'found',
  'options.detect.outcome.notFound': 'not-found',
  'options.detect.outcome.error': 'error',
  'options.detect.outcome.skipped': 'skipped',

  // This computer (native messaging)
  'options.native.intro':
    'Install the helper once (it needs Node.js 20 or later), then test it. No server keeps running: the browser starts the helper when you run a probe.',
  'options.native.copyInstall': 'Copy the install command',
  'options.native.permission':
    'The browser must allow SMTP Doctor to talk to programs on this computer (native messaging).',
  'options.native.allow': 'Allow local probes',
  'options.native.reloadNeeded':
    'Allowed. The browser makes it usable in pages opened from now on: reload this page.',
  'options.native.reload': 'Reload',
  'options.native.testing': 'Testing…',
  'options.native.test': 'Test the helper',
  'options.native.connected': 'SMTP Doctor helper {version} on this computer',
  'options.native.notRunning': 'The helper is not installed, or did not start.',
  'options.native.runThis': 'Run this in a terminal, then test again:',

  // The answer to "Test connection" / "Test the helper"
  'options.check.connected': 'Connected: {who}.',
  'options.check.connectedPorts': 'Connected: {who}, probing ports {ports}.',
  'options.check.connectedLab': 'Connected: {who} (lab mode: loopback targets allowed).',
  'options.check.connectedPortsLab':
    'Connected: {who}, probing ports {ports} (lab mode: loopback targets allowed).',
  'options.check.unauthorized': 'The backend refused the token. Copy it again from its output.',
  'options.check.broken': 'Something answered, but it did not work: {error}.',

  // Built-in sites the browser no longer lets the extension read
  'options.builtIn.missing':
    'The browser does not let SMTP Doctor read the webmail and hosting-panel sites it watches ({sites} …), so it cannot find send errors there.',
  'options.builtIn.denied': 'Access was not granted.',
  'options.builtIn.allow': 'Allow access to these sites',

  // Watching a site the user adds
  'options.sites.invalid': 'Enter a host name such as {example} or {wildcard}.',
  'options.sites.refused': 'The browser refused the request: {error}',
  'options.sites.denied': 'Access was not granted, so the site is not watched.',
  'options.sites.failed': 'Could not start watching the site: {error}',

  // Importing a settings file
  'options.import.notJson': 'The file is not valid JSON.',
  'options.import.notOurs': 'This is not an SMTP Doctor settings file.',
  'options.import.unknownVersion': 'The file has an unknown settings version.',
  'options.import.newer': 'The file is from a newer version (settings v{version}); update the extension.',
  'options.import.empty': 'The file holds no settings.',

  // What is wrong with a stored or imported value (shown after the field's name)
  'options.problem.notObject': 'not an object',
  'options.problem.notText': 'not a text',
  'options.problem.incompleteServer': 'incomplete server settings',
  'options.problem.unknownPlace': 'unknown place',
  'options.problem.notHttp': 'not an http(s) address',
  'options.problem.unknownRoute': 'unknown probe route',
  'options.problem.notSite': 'not a site',
  'options.problem.notSitePattern': 'not a site pattern: {pattern}',
  'options.problem.notList': 'not a list',
  'options.problem.unknownResolver': 'unknown resolver',
  'options.problem.unknownLanguage': 'unknown language: {value}',
  'options.problem.unreadable': 'could not be read',
} as const;
