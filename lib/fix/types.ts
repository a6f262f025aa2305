import type { Security, Source } from '../providers/types';

/** What the password field must hold; decides the wording and the placeholder in snippets. */
export type SecretKind = 'password' | 'app-password' | 'api-key' | 'smtp-password' | 'bridge-password';

/** The one settings record every guide, step and snippet is generated from. */
export interface FixSettings {
  host: string;
  port: number;
  security: Security;
  username: string;
  /** The user name is a description of what to type, not the value itself. */
  usernameIsDescription?: true;
  providerName: string;
  /** Where to create the app password (or key) the password field needs. */
  appPasswordUrl?: string;
  /** Defaults to 'app-password' when appPasswordUrl is set, else 'password'. */
  secretKind?: SecretKind;
  /** Address to send from in code snippets (defaults to the user name when it is an address). */
  fromAddress?: string;
}

/** A value the UI shows with a copy button. */
export interface CopyValue {
  label: string;
  value: string;
  /** A description of what to type ("your full email address"), not a value: nothing to copy. */
  placeholder?: true;
}

export interface WalkthroughStep {
  n: number;
  text: string;
  values?: CopyValue[];
  link?: { label: string; url: string };
}

export interface Walkthrough {
  title: string;
  steps: WalkthroughStep[];
  notes: string[];
}

export type ClientId =
  | 'thunderbird'
  | 'outlook'
  | 'apple-mail'
  | 'gmail-send-as'
  | 'wp-mail-smtp'
  | 'phpmailer'
  | 'nodemailer'
  | 'python-smtplib'
  | 'laravel-env'
  | 'postfix';

export interface Snippet {
  language: 'php' | 'javascript' | 'python' | 'dotenv' | 'postfix' | 'text';
  /** Where the text goes (file name or "wp-config.php, above the 'stop editing' line"). */
  target: string;
  code: string;
}

export interface ClientGuide {
  id: ClientId;
  name: string;
  kind: 'mail-app' | 'web-app' | 'code' | 'server';
  steps: string[];
  snippets: Snippet[];
  notes: string[];
  sources: Source[];
}
