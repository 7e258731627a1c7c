import type { Language } from '../../../../domain/locale'
import { en, type EmailTranslations } from './en'
import { fr } from './fr'

export type { EmailTranslations } from './en'

/** The email dictionaries by language, for the plugin's Payload translations (`email` section) and the templates. */
export const emailTranslations: Record<Language, EmailTranslations> = { en, fr }
