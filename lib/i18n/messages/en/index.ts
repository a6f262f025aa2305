import { mergeAreas } from '../../catalog';
import { content } from './content';
import { explainConnection } from './explain-connection';
import { explainPolicy } from './explain-policy';
import { fix } from './fix';
import { probesUi } from './probes';
import { providers } from './providers';
import { ui } from './ui';

/**
 * The areas every page of the extension speaks; keys start with their area's prefix, so none
 * collide. The popup's bundle holds these and no other: an area that only one surface shows
 * (the CLI's, the options page's) is a surface area instead (lib/i18n/surfaces).
 */
export const areas = {
  content,
  explainConnection,
  explainPolicy,
  fix,
  probesUi,
  providers,
  ui,
};

export const en = mergeAreas(areas);
