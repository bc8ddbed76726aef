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
    speakerPlaceholder: 'H.E. Mr. Dang Dinh Quy, Permanent Representative',
  },
  create: {
    label: 'New statement',
    placeholder: 'Statement of Viet Nam — open debate 19 April 2021',
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
    spokenOf: '{{time}} of {{limit}} min',
    spokenOver: '{{time}} · {{over}} over',
    spokenWords: '{{time}} · {{words}} words',
    writtenShort: '{{time}} written',
    spoken: 'Spoken',
    written: 'Written (full text)',
    length: '{{time}} · {{words}} words',
    notSpoken:
      'Not timed: header lines ({{header}}), headings ({{headings}}), written-only paragraphs ({{written}}).',
    howToMark:
      'Mark a paragraph written-only with {{shortcut}} or the toolbar: it is circulated in writing but not read out.',
    export_docx: 'Delivered version (.docx)',
    export_pdf: 'Delivered version (PDF)',
    exportNote: 'As read out: without the written-only paragraphs',
  },
  library: {
    edit: 'Edit details',
    editLabel: 'Edit the symbol, title and date of “{{title}}”',
    symbol: 'Document symbol',
    symbolHint: 'As printed on the document, e.g. S/2011/552. Citations use it.',
    title: 'Title',
    date: 'Date of issue',
    save: 'Save details',
    saving: 'Saving…',
    cancel: 'Cancel',
    titleMissing: 'Give the document its title.',
  },
  quote: {
    open: 'Quote…',
    openLabel: 'Quote from paragraph {{number}} of {{source}}',
    choose: 'Sentences to quote',
    insert_one: 'Insert 1 sentence',
    insert_other: 'Insert {{count}} sentences',
    insertLabel: 'Insert the chosen sentences of paragraph {{number}} of {{source}} as a quotation',
    all: 'Whole paragraph',
    cancel: 'Cancel',
  },
  newDebate: {
    title: 'New debate',
    importTitle: 'Start from the concept note',
    importLead:
      'Plenary reads the theme, meeting details, objectives and discussion points; you review them, and the debate is created when you confirm.',
    fileLabel: 'Concept note for the new debate',
    filePrompt: 'Drop the concept note here',
    byHand: 'Or enter the details by hand',
    byHandLabel: 'New debate, details entered by hand',
    themeExample: 'e.g. Protection of civilians in armed conflict',
    bodyExample: 'e.g. Security Council',
    presidencyExample: 'e.g. Viet Nam',
  },
} as const;
