// Exporting a statement and its submission pack.
import { defineMessages } from '../catalogue';

export const t = defineMessages('exports', {
  menu: {
    export: 'Export',
    pack: 'Submission pack…',
    packNote: 'Word file and cover e-mail for the organizers',
  },
  formats: {
    docx: 'Word (.docx)',
    docxNote: 'The format the UN asks for',
    pdf: 'PDF',
    pdfNote: 'To print or circulate',
    md: 'Markdown',
    mdNote: 'Plain text with headings',
    txt: 'Plain text',
    txtNote: 'For e-mails and speaking notes',
    html: 'Web page (.html)',
    htmlNote: 'To publish or paste',
  },
  copy: {
    label: 'Copy the {{what}}',
    copied: 'Copied',
    failed: 'Select and copy by hand',
    copy: 'Copy',
  },
  pack: {
    title: 'Submission pack',
    notCleared: 'This statement has not been cleared yet. The pack is usually sent once it is.',
    preparing: 'Preparing the pack…',
    to: 'To',
    noAddress: '(no submission address given)',
    subject: 'Subject',
    message: 'Message',
    download: 'Download {{file}}',
    defaultFile: 'the statement (.docx)',
    mail: 'Open in my e-mail program',
    downloaded: 'Downloaded “{{name}}”. Attach it to the e-mail before sending.',
    attachHint:
      'An e-mail program cannot attach files from a link: download the Word file and attach it.',
    close: 'Close',
    deadlinePassed:
      'The deadline for written statements was {{date}}. Check with the organizers before sending.',
    deadline: 'Written statements are due by {{date}}.',
  },
  errors: {
    interrupted: 'The download was interrupted. Please try again.',
    pack: 'The submission pack could not be read.',
  },
});
