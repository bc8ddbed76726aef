// Where an e-mail's header stands in a text, so that its dates are not taken for the meeting's.

// An e-mail's header ("From:", "Sent:" or "Date:", "To:", "Subject:") dates and times the
// message, not the meeting: its lines are no candidates, though their year may still date a
// day written without one.
const MAIL_LINE =
  /^(?:from|sent|date|to|cc|bcc|subject|de|envoyé|à|objet|enviado(?:\s+el)?|para|asunto|fecha)\s*:/iu;
const MAIL_ADDRESS_LINE = /^(?:from|sent|to|cc|de|envoyé|à|enviado(?:\s+el)?|para)\s*:/iu;

// Round 35h: a forwarded message's header names its sender but no recipient ("From: …", "Date:
// Fri, May 28, 2027 at 2:10 PM", "Subject: …"; `De :`, `Date :`, `Objet :`): a sender with a date
// and a subject is a message's header too, whose date is the message's.
const SENDER_LINE = /^(?:from|de)\s*:/iu;
const DATE_LINE = /^(?:sent|date|envoyé|enviado(?:\s+el)?|fecha)\s*:/iu;
const SUBJECT_LINE = /^(?:subject|objet|asunto)\s*:/iu;

function forwardedHeader(lines: readonly string[]): boolean {
  return [SENDER_LINE, DATE_LINE, SUBJECT_LINE].every((label) =>
    lines.some((line) => label.test(line)),
  );
}

/** The indexes of blocks that belong to an e-mail's header (also a forwarded message's). */
export function mailHeader(blocks: readonly string[]): Set<number> {
  const header = new Set<number>();
  let run: number[] = [];
  const close = () => {
    const lines = run.flatMap((index) => (blocks[index] ?? '').split('\n'));
    const labels = new Set(
      lines.flatMap(
        (line) => MAIL_ADDRESS_LINE.exec(line)?.[0].replace(/\s*:$/, '').toLowerCase() ?? [],
      ),
    );
    if (labels.size >= 2 || forwardedHeader(lines)) for (const index of run) header.add(index);
    run = [];
  };
  for (const [index, block] of blocks.entries()) {
    if (block.split('\n').every((line) => MAIL_LINE.test(line))) run.push(index);
    else close();
  }
  close();
  return header;
}
