// How a new statement starts: the UN-style template prefilled from the debate (header,
// place and date, "Check against delivery", salutation, opening, one empty section per
// discussion point, closing), or a blank page.
import { languageTemplate, type StatementLanguage } from '@plenary/statement-model/languages';
import { useId } from 'react';
import { t } from '../i18n/i18n';
import type { StatementTemplate } from '../api/statementsApi';

export interface TemplateDraft {
  useTemplate: boolean;
  salutation: StatementTemplate['salutation'];
  speaker: string;
}

export const DEFAULT_TEMPLATE: TemplateDraft = {
  useTemplate: true,
  salutation: 'Mr. President,',
  speaker: '',
};

/** What the server is asked to seed; undefined for a blank statement. */
export function templateOf(draft: TemplateDraft): StatementTemplate | undefined {
  if (!draft.useTemplate) return undefined;
  return { salutation: draft.salutation, speaker: draft.speaker.trim() || null };
}

const SPEAKER_MAX_LENGTH = 200;

interface TemplateChoiceProps {
  value: TemplateDraft;
  onChange: (value: TemplateDraft) => void;
  /** The statement's language: the salutations are shown as the template will write them. */
  language?: StatementLanguage;
}

export function TemplateChoice({ value, onChange, language = 'en' }: TemplateChoiceProps) {
  const wording = languageTemplate(language);
  const name = useId();
  const speakerId = useId();
  const change = (patch: Partial<TemplateDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="template-choice">
      <legend className="template-choice__legend">{t('template.startFrom')}</legend>
      <div className="template-choice__options">
        <label className="template-choice__option">
          <input
            type="radio"
            name={`${name}-start`}
            checked={value.useTemplate}
            onChange={() => change({ useTemplate: true })}
          />
          {t('template.unTemplate')}
        </label>
        <label className="template-choice__option">
          <input
            type="radio"
            name={`${name}-start`}
            checked={!value.useTemplate}
            onChange={() => change({ useTemplate: false })}
          />
          {t('template.blank')}
        </label>
      </div>
      {value.useTemplate ? (
        <div className="template-choice__details">
          <fieldset className="template-choice__salutation">
            <legend>{t('template.salutation')}</legend>
            {(['Mr. President,', 'Madam President,'] as const).map((salutation) => (
              <label key={salutation} className="template-choice__option">
                <input
                  type="radio"
                  name={`${name}-salutation`}
                  checked={value.salutation === salutation}
                  onChange={() => change({ salutation })}
                />
                <span lang={language} dir="auto">
                  {wording.salutation[salutation === 'Mr. President,' ? 'man' : 'woman'].replace(
                    /[,،：!]$/u,
                    '',
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          <div className="template-choice__speaker">
            <label htmlFor={speakerId}>{t('template.speaker')}</label>
            <input
              id={speakerId}
              value={value.speaker}
              maxLength={SPEAKER_MAX_LENGTH}
              placeholder={t('template.speakerPlaceholder')}
              onChange={(event) => change({ speaker: event.target.value })}
            />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
