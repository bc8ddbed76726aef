// The messages of creating a statement (language, template), the speaking rate and a
// delegation's usual language; the other areas define theirs in messages/<area>.ts. The
// interface is English for now. Dates and numbers use Intl, not messages.
import { defineMessages } from './catalogue';
import { en } from './messages/en';

export const t = defineMessages('common', en);
