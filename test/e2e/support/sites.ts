import type { FixtureRoute } from './fixture-server';

/**
 * The fixture pages and the real addresses they are served under. `errors` are the
 * send errors each page shows (verbatim), so a test can check what the extension
 * found against what the classifier says about the same text.
 */
export interface Site extends FixtureRoute {
  errors: string[];
}

export const SITES = {
  gmailBounce: {
    url: 'https://mail.google.com/mail/u/0/',
    file: 'gmail-bounce.html',
    errors: [
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5e3b2c4d5f6sm1234567a.12 - gsmtp",
    ],
  },
  gmailDiscussion: { url: 'https://mail.google.com/mail/u/1/', file: 'gmail-discussion.html', errors: [] },
  outlookNdr: {
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hZjAwLTY5ZmUtMDACLTAwCgAQAN',
    file: 'outlook-ndr.html',
    errors: [
      "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [AM6PR08MB3096.eurprd08.prod.outlook.com]'",
    ],
  },
  roundcubeCompose: {
    url: 'https://webmail.example.org/?_task=mail&_action=compose',
    file: 'roundcube-compose.html',
    errors: ['SMTP Error (-1): Connection to server failed.', 'SMTP Error (535): Authentication failed.'],
  },
  roundcubeInbox: {
    url: 'https://mail.example.net/roundcube/?_task=mail&_mbox=INBOX',
    file: 'roundcube-inbox.html',
    errors: [],
  },
  cpanelTrackDelivery: {
    url: 'https://host.example.org:2083/cpsess1234567890/frontend/jupiter/email_track/index.html',
    file: 'cpanel-track-delivery.html',
    errors: [
      'SMTP error from remote mail server after end of data: 550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.',
    ],
  },
  pleskMailSettings: {
    url: 'https://panel.example.org:8443/smb/mail-settings/',
    file: 'plesk-mail-settings.html',
    errors: [
      'Unable to send the test message: SMTP Error: Could not connect to SMTP host. Failed to connect to server: Connection timed out (110)',
    ],
  },
  pleskTestResult: {
    url: 'https://panel.example.org:8443/smb/mail-settings/test-result',
    file: 'plesk-test-result.html',
    errors: [],
  },
  wordpressTestEmail: {
    url: 'https://shop.example.org/wp-admin/admin.php?page=wp-mail-smtp-tools&tab=test',
    file: 'wordpress-test-email.html',
    // The plugin's debug block, as one <pre>.
    errors: [
      [
        'Versions:',
        'WordPress: 6.6.2',
        'PHP: 8.2.20',
        'Mailer: smtp',
        'SMTP Debug:',
        '2026-03-01 10:00:01 SERVER -> CLIENT: 220 smtp.gmail.com ESMTP',
        '2026-03-01 10:00:01 CLIENT -> SERVER: AUTH LOGIN',
        '2026-03-01 10:00:02 SERVER -> CLIENT: 535-5.7.8 Username and Password not accepted. For more information, go to',
        '2026-03-01 10:00:02 SERVER -> CLIENT: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials',
        '2026-03-01 10:00:02 SMTP ERROR: Password command failed: 535-5.7.8 Username and Password not accepted.',
        'SMTP Error: Could not authenticate.',
      ].join('\n'),
    ],
  },
  blogArticle: {
    url: 'https://blog.example.com/smtp-could-not-connect',
    file: 'blog-smtp-article.html',
    errors: [],
  },
  notWordpress: { url: 'https://forum.example.org/wp-admin/help', file: 'not-wordpress.html', errors: [] },
  forumThread: {
    url: 'https://forum.example.com/t/mail-from-my-app-fails/42',
    file: 'forum-thread.html',
    errors: [],
  },
} satisfies Record<string, Site>;

/** A site no built-in pattern matches; the options tests add it by host name. */
export const WATCHED_HOST = 'status.example.net';
/** What the options page asks the browser for (and registers the watcher on) for that host. */
export const WATCHED_ORIGINS = [`https://${WATCHED_HOST}/*`, `http://${WATCHED_HOST}/*`];
/** An app's own log page there, no webmail or panel markers: only a user-added site is watched. */
export const WATCHED_SITE: Site = {
  url: `https://${WATCHED_HOST}/app/mail-log`,
  file: SITES.forumThread.file,
  errors: [],
};
