// Tags and point labels are compared ignoring spacing and case, so a tag "12 (a)" written
// against an older rendering of the note still finds point "12(a)".

export function pointKey(label: string): string {
  return label.replace(/\s+/g, '').toLowerCase();
}
