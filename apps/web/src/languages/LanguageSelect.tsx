// A choice among the six official languages, each named in English and in itself
// ("Arabic — العربية"), the native name marked with its own language and direction.
import {
  languageFacts,
  STATEMENT_LANGUAGES,
  type StatementLanguage,
} from '@plenary/statement-model/languages';
import { t } from '../i18n/i18n';

interface LanguageSelectProps {
  id: string;
  value: StatementLanguage;
  onChange: (language: StatementLanguage) => void;
  describedBy?: string;
  disabled?: boolean;
}

export function LanguageSelect({
  id,
  value,
  onChange,
  describedBy,
  disabled,
}: LanguageSelectProps) {
  return (
    <select
      id={id}
      className="language-select"
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(event) => {
        const next = STATEMENT_LANGUAGES.find((code) => code === event.target.value);
        if (next) onChange(next);
      }}
    >
      {STATEMENT_LANGUAGES.map((code) => {
        const facts = languageFacts(code);
        return (
          <option key={code} value={code}>
            {t('language.option', { name: facts.name, nativeName: facts.nativeName })}
          </option>
        );
      })}
    </select>
  );
}
