// How a new statement starts: the UN-style template prefilled from the debate (header,
// place and date, "Check against delivery", salutation, opening, one empty section per
// discussion point, closing), or a blank page.
import { useId } from 'react';
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
}

export function TemplateChoice({ value, onChange }: TemplateChoiceProps) {
  const name = useId();
  const speakerId = useId();
  const change = (patch: Partial<TemplateDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="template-choice">
      <legend className="template-choice__legend">Start from</legend>
      <div className="template-choice__options">
        <label className="template-choice__option">
          <input
            type="radio"
            name={`${name}-start`}
            checked={value.useTemplate}
            onChange={() => change({ useTemplate: true })}
          />
          UN template (prefilled from the debate)
        </label>
        <label className="template-choice__option">
          <input
            type="radio"
            name={`${name}-start`}
            checked={!value.useTemplate}
            onChange={() => change({ useTemplate: false })}
          />
          Blank
        </label>
      </div>
      {value.useTemplate ? (
        <div className="template-choice__details">
          <fieldset className="template-choice__salutation">
            <legend>Salutation</legend>
            {(['Mr. President,', 'Madam President,'] as const).map((salutation) => (
              <label key={salutation} className="template-choice__option">
                <input
                  type="radio"
                  name={`${name}-salutation`}
                  checked={value.salutation === salutation}
                  onChange={() => change({ salutation })}
                />
                {salutation.replace(/,$/, '')}
              </label>
            ))}
          </fieldset>
          <div className="template-choice__speaker">
            <label htmlFor={speakerId}>Speaker (optional)</label>
            <input
              id={speakerId}
              value={value.speaker}
              maxLength={SPEAKER_MAX_LENGTH}
              placeholder="H.E. Mr. Dang Dinh Quy, Permanent Representative"
              onChange={(event) => change({ speaker: event.target.value })}
            />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
