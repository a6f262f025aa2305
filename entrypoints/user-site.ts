import { defineUnlistedScript } from '#imports';
import { markUserSite } from '../utils/user-site-flag';

// Registered to run just before the content script in the sites the user added
// (components/site-access.ts); see utils/user-site-flag.ts.
export default defineUnlistedScript(() => markUserSite());
