// English messages, by page. Moved here so far: creating a statement (language, template),
// the speaking rate, and a delegation's usual language; the rest of the interface still
// has its strings in the components (see docs/languages.md, "Interface").

export const en = {
  language: {
    label: 'Language',
    hint: 'The statement is written, timed and exported in this language.',
    option: '{{name}} — {{nativeName}}',
    usual: 'Usual language',
    usualHint: 'New statements of {{delegation}} start in this language, timed at its rate.',
    saved: 'Saved: new statements start in {{name}}.',
    save: 'Save',
    saving: 'Saving…',
  },
  template: {
    startFrom: 'Start from',
    unTemplate: 'UN template (prefilled from the debate)',
    blank: 'Blank',
    salutation: 'Salutation',
    speaker: 'Speaker (optional)',
    speakerPlaceholder: 'e.g. H.E. Mr. Dang Dinh Quy, Permanent Representative',
  },
  create: {
    label: 'New statement',
    placeholder: 'e.g. Statement of Viet Nam — open debate, 19 April 2021',
    defaultTitle: 'Left empty, the title is “{{title}}”.',
    titleOf: 'Statement of {{delegation}}',
    titleOfAt: 'Statement of {{delegation}} — {{meeting}}',
    submit: 'Create statement',
    busy: 'Creating…',
    titleMissing: 'Give the statement a title, for example the delegation and the meeting.',
  },
  rate: {
    label: 'Speaking rate',
    unit_words: 'words a minute',
    unit_characters: 'characters a minute',
    readOnly: 'Timed at {{rate}} {{unit}}, the delegation’s speaking rate.',
    otherLanguage:
      'Timed at {{rate}} {{unit}}, the usual rate for {{language}}; the delegation’s own rate is for its usual language.',
    outOfRange: 'Give a whole number from {{min}} to {{max}}.',
    saving: 'Saving…',
    saved: 'Saved for the delegation.',
    save: 'Save',
    hint_words:
      'For the whole delegation. Interpreters follow about {{rate}} words a minute comfortably.',
    hint_characters:
      'For the whole delegation. Interpreters follow about {{rate}} Chinese characters a minute comfortably.',
  },
  delivery: {
    toggle: 'Written only (not spoken)',
    writtenShort: '{{time}} written',
    export_docx: 'Delivered version (.docx)',
    export_pdf: 'Delivered version (PDF)',
    exportNote: 'As read out: without the written-only paragraphs',
  },
} as const;
