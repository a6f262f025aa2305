import { defineUnlistedScript } from '#imports';
import { startEarlyRead } from './popup/early-read';

// Loaded by popup.html before its module script: starts the storage read of the tab's
// findings while the popup's JavaScript loads (see entrypoints/popup/early-read.ts).
export default defineUnlistedScript(() => startEarlyRead(location.search));
