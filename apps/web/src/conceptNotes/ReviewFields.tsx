// The debate's fields in the review form. Each says where its value came from when it
// did not come from the note, so nothing looks read that was not.
import type { ReactNode } from 'react';
import { t } from '../i18n/messages/conceptNotes';
import { fieldInputId, type FieldName, type FieldSource, type ReviewDraft } from './reviewDraft';

interface FieldSpec {
  name: FieldName;
  label: string;
  type?: 'text' | 'date' | 'email' | 'number';
  multiline?: boolean;
  placeholder?: string;
  list?: string;
}

const ROWS: FieldSpec[][] = [
  [{ name: 'theme', label: t('fields.theme'), multiline: true }],
  [
    {
      name: 'body',
      label: t('fields.body'),
      placeholder: t('fields.bodyPlaceholder'),
      list: 'import-bodies',
    },
    {
      name: 'format',
      label: t('fields.format'),
      placeholder: t('fields.formatPlaceholder'),
      list: 'import-formats',
    },
  ],
  [
    {
      name: 'presidency',
      label: t('fields.presidency'),
      placeholder: t('fields.presidencyPlaceholder'),
    },
    {
      name: 'convener',
      label: t('fields.convener'),
      placeholder: t('fields.convenerPlaceholder'),
    },
  ],
  [
    { name: 'meetingDate', label: t('fields.meetingDate'), type: 'date' },
    {
      name: 'meetingTime',
      label: t('fields.meetingTime'),
      placeholder: t('fields.timePlaceholder'),
    },
    { name: 'speakingLimitMinutes', label: t('fields.speakingLimitMinutes'), type: 'number' },
  ],
  [
    { name: 'submissionEmail', label: t('fields.submissionEmail'), type: 'email' },
    { name: 'submissionDeadline', label: t('fields.submissionDeadline'), type: 'date' },
  ],
  [
    {
      name: 'expectedOutcome',
      label: t('fields.expectedOutcome'),
      placeholder: t('fields.outcomePlaceholder'),
    },
  ],
];

const SOURCE_HINT: Record<FieldSource, string | null> = {
  note: null,
  debate: t('fields.fromDebate'),
  none: t('fields.none'),
  cleared: t('fields.cleared'),
};

interface ReviewFieldsProps {
  draft: ReviewDraft;
  onChange: (name: FieldName, value: string) => void;
}

export function ReviewFields({ draft, onChange }: ReviewFieldsProps) {
  return (
    <fieldset className="review-fields">
      <legend className="items-editor__title">{t('fields.meeting')}</legend>
      {ROWS.map((row, index) => (
        <div key={index} className="field-row">
          {row.map((spec) => (
            <ReviewField
              key={spec.name}
              spec={spec}
              value={draft.values[spec.name]}
              source={draft.sources[spec.name]}
              check={draft.checks[spec.name]}
              onChange={(value) => onChange(spec.name, value)}
            />
          ))}
        </div>
      ))}
      <datalist id="import-bodies">
        <option value={t('fields.bodies.securityCouncil')} />
        <option value={t('fields.bodies.generalAssembly')} />
        <option value={t('fields.bodies.ecosoc')} />
        <option value={t('fields.bodies.humanRightsCouncil')} />
      </datalist>
      <datalist id="import-formats">
        <option value={t('fields.formats.openDebate')} />
        <option value={t('fields.formats.briefing')} />
        <option value={t('fields.formats.arria')} />
        <option value={t('fields.formats.highLevel')} />
      </datalist>
    </fieldset>
  );
}

interface ReviewFieldProps {
  spec: FieldSpec;
  value: string;
  source: FieldSource;
  /** Set when the value was read with low confidence: the sentence it came from. */
  check: string | undefined;
  onChange: (value: string) => void;
}

/** A long source sentence is cut, keeping its start, which names what was read. */
function quote(sentence: string): string {
  return sentence.length > 220 ? `${sentence.slice(0, 217).trimEnd()}…` : sentence;
}

function checkHint(check: string): string {
  return check === '' ? t('fields.guess') : t('fields.readFrom', { sentence: quote(check) });
}

function ReviewField({ spec, value, source, check, onChange }: ReviewFieldProps): ReactNode {
  const id = fieldInputId(spec.name);
  const hint = check !== undefined ? checkHint(check) : SOURCE_HINT[source];
  const common = {
    id,
    value,
    placeholder: spec.placeholder,
    'aria-describedby': hint ? `${id}-source` : undefined,
  };
  return (
    <div
      className="field"
      data-source={source}
      data-confidence={check !== undefined ? 'low' : undefined}
    >
      <label htmlFor={id}>{spec.label}</label>
      {spec.multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={spec.type ?? 'text'}
          list={spec.list}
          min={spec.type === 'number' ? 1 : undefined}
          max={spec.type === 'number' ? 120 : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? (
        <p id={`${id}-source`} className="field__source">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
