import { mergeAreas } from '../../catalog';
import type { SharedMessages, TranslatedAreas } from '../../messages';
import { content } from './content';
import { explainConnection } from './explain-connection';
import { explainPolicy } from './explain-policy';
import { fix } from './fix';
import { probesUi } from './probes';
import { providers } from './providers';
import { ui } from './ui';

/** The shared areas (lib/i18n/messages/en/index.ts); the surface areas load on their own. */
export const areas: TranslatedAreas = {
  content,
  explainConnection,
  explainPolicy,
  fix,
  probesUi,
  providers,
  ui,
};

export const messages: SharedMessages = mergeAreas(areas);
/** The provider records' prose (lib/providers/prose.ts): in this chunk, as popup and options show it. */
export { providerData } from './provider-data';
