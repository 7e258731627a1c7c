export { emailHtml, emailText, renderEmail, type EmailBlock, type EmailContent, type RenderedEmail } from './layout'
export { interpolate, translator, type EmailDictionary, type EmailParams, type PluralKey, type Translator } from './translate'
