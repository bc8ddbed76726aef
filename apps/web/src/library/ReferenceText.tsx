import type { ReferenceDocument, ReferenceParagraph } from './referencesApi';
import { t } from '../i18n/messages/library';

interface Section {
  heading: string | null;
  paragraphs: ReferenceParagraph[];
}

/** Consecutive paragraphs under the same heading form one section. */
function sectionsOf(paragraphs: ReferenceParagraph[]): Section[] {
  const sections: Section[] = [];
  for (const paragraph of paragraphs) {
    const last = sections.at(-1);
    if (last && last.heading === paragraph.heading) last.paragraphs.push(paragraph);
    else sections.push({ heading: paragraph.heading, paragraphs: [paragraph] });
  }
  return sections;
}

/** The document's body: sections, numbered paragraphs (anchors #para-N) and notes. */
export function ReferenceText({ reference }: { reference: ReferenceDocument }) {
  return (
    <article className="reference-text" aria-label={t('page.text', { title: reference.title })}>
      {sectionsOf(reference.paragraphs).map((section, index) => (
        <section key={`${index}-${section.heading ?? ''}`} className="reference-text__section">
          {section.heading ? <h2 className="reference-text__heading">{section.heading}</h2> : null}
          {section.paragraphs.map((paragraph) => (
            <p
              key={paragraph.number}
              id={`para-${paragraph.number}`}
              className="reference-text__para"
            >
              <span className="reference-text__number">
                {paragraph.number}.<span className="visually-hidden"> </span>
              </span>
              {paragraph.text}
            </p>
          ))}
        </section>
      ))}
      {reference.footnotes.length > 0 ? (
        <section className="reference-text__notes" aria-labelledby="reference-notes">
          <h2 id="reference-notes" className="reference-text__heading">
            {t('page.notes')}
          </h2>
          <ol>
            {reference.footnotes.map((note) => (
              <li key={note.number} value={note.number} id={`note-${note.number}`}>
                {note.text}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
