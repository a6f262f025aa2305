import { cliArea } from './cli';
import { optionsPageArea } from './options-page';

/**
 * Every surface area, by name (the same names as the areas of lib/i18n/messages/en). Only
 * what sees every message imports this (the CLI, the catalog test); a page imports the one
 * module of each area it shows.
 */
export const SURFACE_AREAS = {
  cli: cliArea,
  optionsPage: optionsPageArea,
};
