// The one message catalogue every string the user sees goes through, so the interface can
// be offered in French or Spanish by adding a catalogue (messages/fr.ts…), not by editing
// components. The interface is English for now. Dates and numbers use Intl, not messages.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './messages/en';

export const DEFAULT_NAMESPACE = 'translation';

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { [DEFAULT_NAMESPACE]: en } },
  // React escapes what it renders; escaping here too would show "&amp;" to the user.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export { i18next };
