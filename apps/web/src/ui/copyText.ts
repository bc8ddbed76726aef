// Copying to the clipboard where the Clipboard API exists only in secure contexts: a
// mission's server reached at http://<LAN address> has none, so fall back to selecting.

export type CopyResult = 'copied' | 'selected' | 'failed';

/**
 * Copies `text`. Without `navigator.clipboard` (plain HTTP on a LAN) it selects the text —
 * in `field` when given, so the person sees it and can press Ctrl+C, otherwise in a hidden
 * text area — and asks the browser to copy the selection. "selected" means the text is
 * selected but the browser did not confirm the copy.
 */
export async function copyText(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<CopyResult> {
  if (typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // Refused (permissions, focus): the selection below still works.
    }
  }
  return copyBySelection(text, field);
}

function copyBySelection(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null | undefined,
): CopyResult {
  const target = field ?? hiddenTextArea(text);
  const previousFocus = document.activeElement;
  try {
    target.focus();
    target.select();
    // Deprecated, but the only copy a page may ask for outside a secure context.
    const copied = document.execCommand('copy');
    if (copied) return 'copied';
    return field ? 'selected' : 'failed';
  } catch {
    return field ? 'selected' : 'failed';
  } finally {
    if (!field) {
      target.remove();
      if (previousFocus instanceof HTMLElement) previousFocus.focus();
    }
  }
}

function hiddenTextArea(text: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  // Off-screen rather than display:none, which cannot be selected.
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.append(area);
  return area;
}
