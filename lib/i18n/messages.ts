import type { MergedAreas, TranslationOf } from './catalog';
import { en, type areas } from './messages/en';
import type { SURFACE_AREAS } from './surfaces';

type SurfaceEnglish = MergedAreas<{
  [A in keyof typeof SURFACE_AREAS]: (typeof SURFACE_AREAS)[A]['english'];
}>;

/** Every key: of the shared areas and of every surface area. */
export type MessageKey = keyof typeof en | keyof SurfaceEnglish;
/** The areas every page speaks, in one language: every English key of them translated. */
export type SharedMessages = TranslationOf<typeof en>;
/** A language's shared areas, area by area (lib/i18n/messages/<locale>/index.ts). */
export type TranslatedAreas = { readonly [A in keyof typeof areas]: TranslationOf<(typeof areas)[A]> };
/** What a translator holds: the shared areas and the surface areas its page added. */
export type LoadedMessages = Readonly<Partial<Record<MessageKey, string>>>;

export const ENGLISH_MESSAGES: SharedMessages = en;
