/**
 * Who the extension is, for the things that must name it: the native messaging host's
 * allow-list and the manifest. Plain constants (lib imports nothing).
 */

/**
 * Public key (base64 SPKI DER) in development builds' manifest `key`: it fixes the
 * Chromium id of an unpacked build, whatever folder it is loaded from. Only the public
 * half exists; the private key was never kept (an unpacked build needs none, and the
 * Chrome Web Store assigns its own id).
 */
export const CHROME_DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAznyWu7c/3Tj+YF0dNvOxUzxR9I4crh6u8Htx/3CVPWcaWOrPqhujGQudXSeczEpzBT5EzoYd3lIjOGy3LJEOnZsIvY/gnRKbc9SY4wMltuhCVOZkwpxcvWRBtAUdkw7qcJ9Z+fecoqa07b9oGKkQ8hzRvUaDq4sboHYlowQ6dZLI4wRgYIAbFjjwLM+w51w2ipJGBHl7w7Q4MT16VHfz+dkXJiA6/g9FAIjFb03o9l48mOT6l5v881MriGl3oYxrfhgGp2VqT9vzT0sIBUzkiRY9WvdBsAkEsx8ySf1gHXPxf1ZwVgiBLttL3B+jXikCWJjsEv2PmhvJzCPxYAv1KwIDAQAB';

/** Chromium ids of published builds (Chrome Web Store, Edge Add-ons); none yet. */
export const CHROME_STORE_IDS: readonly string[] = [];

/** The Firefox add-on id (the same for development and AMO builds). */
export const GECKO_ID = '{5d3c4f2e-8a61-4b7e-9c3f-2e6a1d0b7f94}';
