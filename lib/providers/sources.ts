import type { Source } from './types';

/** Thunderbird's ISPDB, read at one fixed commit so every citation points at the text that was checked. */
const ISPDB_COMMIT = 'c6ad79659b5fc321d1593ec4c277815b83e5dec5';

export function ispdb(file: string): Source {
  return {
    url: `https://github.com/thunderbird/autoconfig/blob/${ISPDB_COMMIT}/ispdb/${file}`,
    title: `Thunderbird ISPDB ${file}`,
    date: '2026-03-12',
  };
}

/** Nodemailer's list of well-known services, read at one fixed commit. */
export const NODEMAILER_SERVICES: Source = {
  url: 'https://github.com/nodemailer/nodemailer/blob/2f667f4272cb2d7cb479b2e3903ab10600fc0eae/lib/well-known/services.json',
  title: 'Nodemailer lib/well-known/services.json',
  date: '2026-08-07',
  secondary: true,
};

/** Thunderbird's account set-up code and the ISPDB documentation (lookup order, file format). */
export const THUNDERBIRD_AUTOCONFIG_DOCS: Source = {
  url: 'https://github.com/thunderbird/autoconfig/blob/b9c3a97/docs/index.md',
  title: 'Thunderbird autoconfig documentation (lookup order)',
};
export const THUNDERBIRD_FETCH_CONFIG: Source = {
  url: 'https://github.com/mozilla/releases-comm-central/blob/058114d/mail/components/accountcreation/modules/FetchConfig.sys.mjs',
  title: 'Thunderbird FetchConfig.sys.mjs (ISP, ISPDB and MX look-ups)',
};
export const THUNDERBIRD_FIND_CONFIG: Source = {
  url: 'https://github.com/mozilla/releases-comm-central/blob/0d459e1/mail/components/accountcreation/modules/FindConfig.sys.mjs',
  title: 'Thunderbird FindConfig.sys.mjs (order of the sources)',
};
export const AUTOCONFIG_FORMAT: Source = {
  url: 'https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat',
  title: 'Thunderbird autoconfig file format (clientConfig 1.1)',
};
