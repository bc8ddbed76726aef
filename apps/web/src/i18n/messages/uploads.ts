// Choosing or dropping a document to upload, and where its upload stands.
import { defineMessages } from '../catalogue';

export const t = defineMessages('uploads', {
  prompt: '{{prompt}}, or {{button}}',
  choose: 'choose a file…',
  accepted: 'Plain text, Markdown, Word (.docx) or PDF, up to 20 MB.',
  megabytes: '{{size}} MB',
  kilobytes: '{{size}} KB',
  empty: '“{{name}}” is empty. Choose the document again.',
  tooLarge:
    '“{{name}}” is {{size}}; the limit is 20 MB. Save a smaller copy (for example without images) and try again.',
  failed: '“{{name}}” could not be imported',
  dismiss: 'Dismiss',
  uploading: 'Uploading…',
  reading: 'Reading the document…',
  amount: '{{percent}}% of {{total}}',
  progress: 'Upload of {{name}}',
  cancel: 'Cancel upload',
  formats: {
    text: 'Plain text',
    markdown: 'Markdown',
    docx: 'Word document',
    pdf: 'PDF',
  },
});
