// The debate's fields in the review form. Each says where its value came from when it
// did not come from the note, so nothing looks read that was not.
import type { ReactNode } from 'react';
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
  [{ name: 'theme', label: 'Theme', multiline: true }],
  [
    { name: 'body', label: 'Body', placeholder: 'Security Council', list: 'import-bodies' },
    { name: 'format', label: 'Format', placeholder: 'open debate', list: 'import-formats' },
  ],
  [
    { name: 'presidency', label: 'Council presidency', placeholder: 'Viet Nam' },
    { name: 'convener', label: 'Convened by', placeholder: 'Estonia and Niger' },
  ],
  [
    { name: 'meetingDate', label: 'Meeting date', type: 'date' },
    { name: 'meetingTime', label: 'Time (24-hour, local)', placeholder: '10:00' },
    { name: 'speakingLimitMinutes', label: 'Speaking limit (minutes)', type: 'number' },
  ],
  [
    { name: 'submissionEmail', label: 'Statements sent to', type: 'email' },
    { name: 'submissionDeadline', label: 'Submission deadline', type: 'date' },
  ],
  [{ name: 'expectedOutcome', label: 'Expected outcome', placeholder: 'presidential statement' }],
];

const SOURCE_HINT: Record<FieldSource, string | null> = {
  note: null,
  debate: 'Not in the note: the debate’s current value is kept.',
  none: 'Not in the note.',
  cleared: 'The note names who convenes the meeting, not a Council presidency: cleared.',
};

interface ReviewFieldsProps {
  draft: ReviewDraft;
  onChange: (name: FieldName, value: string) => void;
}

export function ReviewFields({ draft, onChange }: ReviewFieldsProps) {
  return (
    <fieldset className="review-fields">
      <legend className="items-editor__title">Meeting</legend>
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
        <option value="Security Council" />
        <option value="General Assembly" />
        <option value="Economic and Social Council" />
        <option value="Human Rights Council" />
      </datalist>
      <datalist id="import-formats">
        <option value="open debate" />
        <option value="briefing" />
        <option value="Arria-formula meeting" />
        <option value="high-level meeting" />
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
  return check === '' ? 'Check this: it is a guess.' : `Check this: read from “${quote(check)}”`;
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
