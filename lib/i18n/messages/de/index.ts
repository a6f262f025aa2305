import type { Messages } from '../../messages';
import { cli } from './cli';
import { content } from './content';
import { explainConnection } from './explain-connection';
import { explainPolicy } from './explain-policy';
import { fix } from './fix';
import { optionsPage } from './options-page';
import { probesUi } from './probes';
import { providers } from './providers';
import { ui } from './ui';

export const areas = {
  cli,
  content,
  explainConnection,
  explainPolicy,
  fix,
  optionsPage,
  probesUi,
  providers,
  ui,
};

export const messages: Messages = {
  ...cli,
  ...content,
  ...explainConnection,
  ...explainPolicy,
  ...fix,
  ...optionsPage,
  ...probesUi,
  ...providers,
  ...ui,
};
export { providerData } from './provider-data';
